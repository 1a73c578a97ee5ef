package com.channelportal.identity.ui;

import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.security.CurrentCaller;
import com.channelportal.partner.boundary.PartnerCompanies;
import com.channelportal.partner.entity.PartnerCompany;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The signed-in person in the navbar: avatar and name (the name is hidden on phones by {@code
 * portal.css}), their company as a header of the menu, and logout.
 */
public class UserMenu extends Composite<MenuBar> {

  private final Avatar avatar = new Avatar();
  private final Span name = new Span();

  @Inject CurrentCaller currentCaller;

  @Inject PartnerCompanies companies;

  @Inject Logout logout;

  @PostConstruct
  void init() {
    Caller caller = currentCaller.get();
    MenuBar menuBar = getContent();
    menuBar.setId("user-menu");
    menuBar.addClassName("user-menu");
    menuBar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
    menuBar.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("user-menu.more")));
    MenuItem root = menuBar.addItem(createTrigger(caller));
    root.setAriaLabel(getTranslation("user-menu.label", caller.displayName()));
    addItems(root.getSubMenu(), caller);
  }

  private Div createTrigger(Caller caller) {
    avatar.setName(caller.displayName());
    avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
    name.setText(caller.displayName());
    name.addClassName("user-menu-name");
    var trigger = new Div(avatar, name);
    trigger.addClassName("user-menu-trigger");
    return trigger;
  }

  private void addItems(SubMenu menu, Caller caller) {
    MenuItem company = menu.addItem(companyName(caller));
    company.setId("user-menu-company");
    company.setEnabled(false);
    menu.addSeparator();
    MenuItem logoutItem =
        menu.addItem(
            new Div(VaadinIcon.SIGN_OUT.create(), new Span(getTranslation("user-menu.logout"))),
            click -> getUI().ifPresent(logout::logout));
    logoutItem.setId("logout");
    logoutItem.addClassName("user-menu-logout");
  }

  private String companyName(Caller caller) {
    return companies
        .companyOf(caller)
        .map(PartnerCompany::getName)
        .orElseGet(() -> getTranslation("company.none"));
  }
}
