package io.seedsim.scenarios.course;

import io.seedsim.testkit.SeedRange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code lab test --junit F}: one testcase per lab test, a failure carrying its scoreboard line. */
public final class LabJUnitXml {
  private LabJUnitXml() {}

  public static void write(List<LabTestOutcome> outcomes, SeedRange seeds, Scoreboard scoreboard, Path file) throws IOException {
    long failures = outcomes.stream().filter(o -> !o.passed()).count();
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "seedsim.lab");
      xml.writeAttribute("tests", Integer.toString(outcomes.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeStartElement("properties");
      xml.writeStartElement("property");
      xml.writeAttribute("name", "seeds");
      xml.writeAttribute("value", seeds.toString());
      xml.writeEndElement();
      xml.writeEndElement();
      for (LabTestOutcome o : outcomes) {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "seedsim.lab");
        xml.writeAttribute("name", o.test().testName());
        if (!o.passed()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("type", o.getClass().getSimpleName());
          xml.writeAttribute("message", scoreboard.line(o));
          xml.writeCharacters(scoreboard.line(o));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
