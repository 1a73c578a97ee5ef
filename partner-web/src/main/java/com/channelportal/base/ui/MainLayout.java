package com.channelportal.base.ui;

import com.channelportal.identity.ui.UserMenu;
import com.channelportal.notification.ui.NotificationBell;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The frame around every view: navigation drawer, app title, language switch and user menu.
 *
 * <p>Menu entries come from the views' {@code @Menu}; their labels are translated under {@link
 * #menuKey(String)} (e.g. {@code menu.partners} for the route {@code partners}), because
 * {@code @Menu(title)} is a literal. On a phone the drawer becomes an overlay and {@code
 * portal.css} hides the user's name, so nothing scrolls sideways at 390 px.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  private final DrawerToggle drawerToggle = new DrawerToggle();
  private final H1 title = new H1();
  private final SideNav nav = new SideNav();
  private final Select<Locale> languageSwitch = new Select<>();

  @Inject UserLanguage userLanguage;

  @Inject UserMenu userMenu;

  @Inject NotificationBell notificationBell;

  @Inject Instance<NavBadge> badges;

  @PostConstruct
  void init() {
    setPrimarySection(Section.NAVBAR);
    setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.drawer")));
    addToNavbar(configureDrawerToggle(), configureTitle(), createNavbarActions());
    addToDrawer(new Scroller(configureNav()));
  }

  /** The translation key of a menu entry's label, derived from its route path. */
  static String menuKey(String path) {
    String route = path.replaceAll("^/+|/+$", "");
    return "menu." + (route.isEmpty() ? "home" : route.replace('/', '.'));
  }

  /** The translation key of a language's name, e.g. {@code language.zh-CN}. */
  static String languageKey(Locale language) {
    return "language." + language.toLanguageTag();
  }

  private DrawerToggle configureDrawerToggle() {
    drawerToggle.setAriaLabel(getTranslation("layout.drawer-toggle"));
    return drawerToggle;
  }

  private H1 configureTitle() {
    title.setText(getTranslation("app.title"));
    title.addClassName("portal-title");
    return title;
  }

  private Div createNavbarActions() {
    var actions = new Div(notificationBell, configureLanguageSwitch(), userMenu);
    actions.addClassName("navbar-actions");
    return actions;
  }

  private Select<Locale> configureLanguageSwitch() {
    languageSwitch.setId("language-switch");
    languageSwitch.addClassName("language-switch");
    languageSwitch.addThemeVariants(SelectVariant.LUMO_SMALL);
    languageSwitch.setAriaLabel(getTranslation("layout.language"));
    languageSwitch.setItems(Translations.LOCALES);
    languageSwitch.setItemLabelGenerator(language -> getTranslation(languageKey(language)));
    languageSwitch.setRenderer(
        new ComponentRenderer<>(
            language -> {
              var label = new Span(getTranslation(languageKey(language)));
              label.getElement().setAttribute("data-language", language.toLanguageTag());
              return label;
            }));
    languageSwitch.setValue(Translations.supported(getLocale()));
    languageSwitch.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            switchLanguage(change.getValue());
          }
        });
    return languageSwitch;
  }

  private void switchLanguage(Locale language) {
    getUI()
        .ifPresent(
            ui -> {
              userLanguage.choose(ui, language);
              ui.getPage().reload();
            });
  }

  private SideNav configureNav() {
    nav.addClassName("portal-nav");
    MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createNavItem(entry)));
    return nav;
  }

  private SideNavItem createNavItem(MenuEntry entry) {
    String label = getTranslation(menuKey(entry.path()));
    var item =
        entry.icon() == null
            ? new SideNavItem(label, entry.path())
            : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    addBadge(item, entry.path());
    return item;
  }

  /** A feature's count next to its entry, e.g. the claims waiting at the conflict desk. */
  private void addBadge(SideNavItem item, String path) {
    var route = path.replaceAll("^/+|/+$", "");
    for (var badge : badges) {
      if (badge.path().equals(route)) {
        badge
            .count()
            .ifPresent(
                count -> {
                  var suffix = new Span(String.valueOf(count));
                  suffix.getElement().getThemeList().add("badge pill small contrast");
                  suffix.addClassName("nav-badge");
                  item.setSuffixComponent(suffix);
                });
      }
    }
  }
}
