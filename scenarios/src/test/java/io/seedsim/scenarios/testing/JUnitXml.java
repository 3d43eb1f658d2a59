package io.seedsim.scenarios.testing;

import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;

/** Reads a JUnit XML report the way a CI system would, after checking its shape. */
public final class JUnitXml {
  private JUnitXml() {}

  /** Parses with the JDK's parser after validating against the JUnit report shape. */
  public static Document parseValid(Path file) throws Exception {
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(JUnitXml.class.getResource("/junit-report.xsd"))
        .newValidator()
        .validate(new StreamSource(file.toFile()));
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }
}
