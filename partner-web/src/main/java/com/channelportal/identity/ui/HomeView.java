package com.channelportal.identity.ui;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.CompanyKind;
import com.channelportal.partner.entity.PartnerCompany;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The start page: who the portal thinks you are. Company, roles and account come from the token
 * (through {@link CurrentCaller}) and the company register, so a wrong role or tenant shows here
 * first. Shown inside {@code MainLayout}, which applies itself to every route. The menu label is
 * the translation {@code menu.home}; {@code @Menu(title)} only names that key, it is never shown.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

  private final H2 greeting = new H2();
  private final Card companyCard = new Card();
  private final Card rolesCard = new Card();
  private final Card accountCard = new Card();

  @Inject CurrentCaller currentCaller;

  @Inject PartnerCompanies companies;

  @PostConstruct
  void init() {
    Caller caller = currentCaller.get();
    addClassName("home-view");
    var cards = new Div(configureCompany(caller), configureRoles(caller), configureAccount(caller));
    cards.addClassName("home-cards");
    add(configureGreeting(caller), cards);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.page-title");
  }

  static String roleKey(Role role) {
    return "role." + role.roleName();
  }

  static String kindKey(CompanyKind kind) {
    return "company.kind." + kind.name().toLowerCase(Locale.ROOT);
  }

  private H2 configureGreeting(Caller caller) {
    greeting.setId("home-greeting");
    greeting.setText(getTranslation("home.greeting", caller.displayName()));
    return greeting;
  }

  private Card configureCompany(Caller caller) {
    Optional<PartnerCompany> company = companies.companyOf(caller);
    companyCard.setId("home-company");
    companyCard.setTitle(getTranslation("home.company.title"));
    var name =
        new Span(
            company.map(PartnerCompany::getName).orElseGet(() -> getTranslation("company.none")));
    name.setId("home-company-name");
    var details = new DescriptionList();
    details.add(new Term(getTranslation("home.company.name")), new Description(name));
    company.ifPresent(
        c -> {
          var kind = new Span(getTranslation(kindKey(c.getKind())));
          kind.setId("home-company-kind");
          kind.getElement().setAttribute("data-kind", c.getKind().name().toLowerCase(Locale.ROOT));
          details.add(new Term(getTranslation("home.company.kind")), new Description(kind));
        });
    return outlined(companyCard, details);
  }

  private Card configureRoles(Caller caller) {
    rolesCard.setTitle(getTranslation("home.roles.title"));
    var badges = new Div();
    badges.setId("home-roles");
    badges.addClassName("home-roles");
    caller.roles().stream().sorted().map(this::createBadge).forEach(badges::add);
    if (caller.roles().isEmpty()) {
      badges.add(new Span(getTranslation("home.roles.none")));
    }
    return outlined(rolesCard, badges);
  }

  private Span createBadge(Role role) {
    var badge = new Span(getTranslation(roleKey(role)));
    badge.addClassName("role-badge");
    badge.getElement().setAttribute("data-role", role.roleName());
    return badge;
  }

  private Card configureAccount(Caller caller) {
    accountCard.setTitle(getTranslation("home.account.title"));
    var username = new Span(caller.username());
    username.setId("home-username");
    var email =
        new Span(caller.email() == null ? getTranslation("home.account.no-email") : caller.email());
    email.setId("home-email");
    var details = new DescriptionList();
    details.add(
        new Term(getTranslation("home.account.username")),
        new Description(username),
        new Term(getTranslation("home.account.email")),
        new Description(email));
    return outlined(accountCard, details);
  }

  private static Card outlined(Card card, Component content) {
    card.addThemeVariants(CardVariant.LUMO_OUTLINED);
    card.add(content);
    return card;
  }
}
