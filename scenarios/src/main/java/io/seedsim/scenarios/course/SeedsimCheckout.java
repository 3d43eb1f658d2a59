package io.seedsim.scenarios.course;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The seedsim source tree this build came from (bin/seedsim runs scenarios/target/seedsim.jar in
 * it): its version, the versions its build used, and its modules' poms and jars.
 *
 * @param root the directory of the parent pom.xml
 */
public record SeedsimCheckout(Path root) {

  /** One module: its artifact id, its pom, and its jar (null for the parent, a pom only). */
  public record Module(String artifactId, Path pom, Path jar) {}

  /** The checkout around the jar or classes directory this class was loaded from. */
  public static SeedsimCheckout ofRunningBuild() throws IOException {
    Path location;
    try {
      location = Path.of(SeedsimCheckout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IOException("cannot tell where this seedsim build lives: " + e.getMessage());
    }
    // .../scenarios/target/seedsim.jar or .../scenarios/target/classes: the root is three up.
    for (Path dir = location.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml")) && "seedsim-parent".equals(text(read(dir.resolve("pom.xml")), "artifactId"))) {
        return new SeedsimCheckout(dir);
      }
    }
    throw new IOException("no seedsim checkout around " + location + ": run bin/seedsim from a clone of seedsim");
  }

  public String version() throws IOException {
    return text(read(root.resolve("pom.xml")), "version");
  }

  /** A property of the parent pom, e.g. junit.version. */
  public String property(String name) throws IOException {
    NodeList props = read(root.resolve("pom.xml")).getElementsByTagName(name);
    if (props.getLength() == 0) {
      throw new IOException(root.resolve("pom.xml") + " has no property " + name);
    }
    return props.item(0).getTextContent().strip();
  }

  /** The version the parent pom pins for a plugin, e.g. maven-surefire-plugin. */
  public String pluginVersion(String artifactId) throws IOException {
    NodeList plugins = read(root.resolve("pom.xml")).getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (artifactId.equals(text(plugin, "artifactId"))) {
        return text(plugin, "version");
      }
    }
    throw new IOException(root.resolve("pom.xml") + " pins no version of " + artifactId);
  }

  /** The parent and every module of the parent pom, with where the last build put their jars. */
  public List<Module> modules() throws IOException {
    Document parent = read(root.resolve("pom.xml"));
    String version = text(parent, "version");
    List<Module> modules = new ArrayList<>();
    modules.add(new Module(text(parent, "artifactId"), root.resolve("pom.xml"), null));
    NodeList names = parent.getElementsByTagName("module");
    for (int i = 0; i < names.getLength(); i++) {
      Path dir = root.resolve(names.item(i).getTextContent().strip());
      String artifactId = text(read(dir.resolve("pom.xml")), "artifactId");
      modules.add(new Module(artifactId, dir.resolve("pom.xml"), dir.resolve("target").resolve(artifactId + "-" + version + ".jar")));
    }
    return modules;
  }

  private static Document read(Path pom) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(pom.toFile());
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(pom + ": " + e.getMessage(), e);
    }
  }

  private static String text(Document pom, String child) throws IOException {
    return text(pom.getDocumentElement(), child);
  }

  /** The text of {@code parent}'s own child element {@code child} (not a grandchild's). */
  private static String text(Element parent, String child) throws IOException {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().strip();
      }
    }
    throw new IOException("<" + parent.getTagName() + "> has no <" + child + ">");
  }
}
