package com.channelportal.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Edits the Payara domain's {@code domain.xml} while the server is down, which is quicker and more
 * predictable than a dozen {@code asadmin set} calls against a running server.
 *
 * <ul>
 *   <li>Every listener binds 127.0.0.1: by default Payara listens on all interfaces, so a
 *       developer's portal with demo passwords would be open to the whole network.
 *   <li>JMS and the JMX connector are off: the portal uses neither, and the JMS proxy listener
 *       binds all interfaces whatever the host names say.
 *   <li>Hazelcast is off: it binds two more ports, looks for cluster members on the network and
 *       adds seconds to every start, and a single local node needs none of it.
 *   <li>Default principal-to-role mapping is on: the application's roles are the token's groups
 *       with the same names, so no {@code glassfish-web.xml} mapping is needed.
 *   <li>Applications deployed by an earlier run are forgotten: Payara would otherwise load the old
 *       EAR at start-up, before the database is up, only for it to be replaced moments later.
 * </ul>
 */
final class DomainXml {

  private DomainXml() {}

  /** Applies the edits and returns the names of the applications it removed. */
  static Set<String> prepare(Path domainXml) throws IOException {
    try {
      Document doc = parse(domainXml);
      Element config = serverConfig(doc);
      setEverywhere(config, "network-listener", "address", "127.0.0.1");
      setEverywhere(config, "iiop-listener", "address", "127.0.0.1");
      setEverywhere(config, "jmx-connector", "address", "127.0.0.1");
      setEverywhere(config, "jmx-connector", "enabled", "false");
      disableJms(config);
      child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
      child(config, "security-service")
          .setAttribute("activate-default-principal-to-role-mapping", "true");
      Set<String> removed = removeApplications(doc);
      write(doc, domainXml);
      return removed;
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Cannot edit " + domainXml, e);
    }
  }

  private static Document parse(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Element serverConfig(Document doc) throws IOException {
    NodeList configs = doc.getElementsByTagName("config");
    for (int i = 0; i < configs.getLength(); i++) {
      var config = (Element) configs.item(i);
      if ("server-config".equals(config.getAttribute("name"))) {
        return config;
      }
    }
    throw new IOException("domain.xml has no server-config");
  }

  private static void setEverywhere(Element root, String tag, String attribute, String value) {
    NodeList elements = root.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      ((Element) elements.item(i)).setAttribute(attribute, value);
    }
  }

  /**
   * Payara adds an embedded JMS service on first start; the same element, disabled, keeps it off.
   */
  private static void disableJms(Element config) {
    Element jms = child(config, "jms-service");
    jms.setAttribute("type", "DISABLED");
    if (!jms.hasAttribute("default-jms-host")) {
      jms.setAttribute("default-jms-host", "default_JMS_host");
      Element host = child(jms, "jms-host");
      host.setAttribute("name", "default_JMS_host");
      host.setAttribute("host", "localhost");
      host.setAttribute("port", "${JMS_PROVIDER_PORT}");
    }
  }

  /** The first direct child with this tag, created when the domain does not have one yet. */
  private static Element child(Element parent, String tag) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        return element;
      }
    }
    return (Element) parent.appendChild(parent.getOwnerDocument().createElement(tag));
  }

  private static Set<String> removeApplications(Document doc) {
    Set<String> names = new HashSet<>();
    for (Element application : direct(doc, "applications", "application")) {
      names.add(application.getAttribute("name"));
      application.getParentNode().removeChild(application);
    }
    for (Element ref : direct(doc, "server", "application-ref")) {
      if (names.contains(ref.getAttribute("ref"))) {
        ref.getParentNode().removeChild(ref);
      }
    }
    return names;
  }

  /** Elements {@code tag} whose parent is a {@code parentTag}, collected before any removal. */
  private static List<Element> direct(Document doc, String parentTag, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList elements = doc.getElementsByTagName(tag);
    for (int i = 0; i < elements.getLength(); i++) {
      var element = (Element) elements.item(i);
      if (element.getParentNode() instanceof Element parent
          && parent.getTagName().equals(parentTag)) {
        found.add(element);
      }
    }
    return found;
  }

  private static void write(Document doc, Path file) throws Exception {
    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.transform(new DOMSource(doc), new StreamResult(file.toFile()));
  }
}
