package io.seedsim.scenarios.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code sweep --junit F}: the common JUnit XML shape that CI systems display. One testsuite per
 * scenario, one testcase per seed; a failure carries the reason and the replay command.
 */
public final class JUnitXmlReport {
  private JUnitXmlReport() {}

  public static void write(SweepSummary summary, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      write(summary, xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void write(SweepSummary summary, XMLStreamWriter xml) throws XMLStreamException {
    Map<String, List<RunOutcome>> byScenario =
        summary.outcomes().stream()
            .collect(
                Collectors.groupingBy(
                    RunOutcome::scenario, LinkedHashMap::new, Collectors.toList()));
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "seedsim sweep");
    xml.writeAttribute("tests", Long.toString(summary.runs()));
    xml.writeAttribute("failures", Long.toString(summary.failed()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", seconds(summary.wallNanos()));
    for (Map.Entry<String, List<RunOutcome>> suite : byScenario.entrySet()) {
      writeSuite(suite.getKey(), suite.getValue(), summary.plan().variant(), xml);
    }
    xml.writeEndElement();
  }

  private static void writeSuite(
      String scenario, List<RunOutcome> runs, String variant, XMLStreamWriter xml)
      throws XMLStreamException {
    String suiteName =
        XmlText.clean("seedsim." + scenario + (variant.equals("none") ? "" : "." + variant));
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", suiteName);
    xml.writeAttribute("tests", Integer.toString(runs.size()));
    xml.writeAttribute("failures", Long.toString(runs.stream().filter(r -> !r.passed()).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", seconds(runs.stream().mapToLong(RunOutcome::wallNanos).sum()));
    for (RunOutcome run : runs) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", suiteName);
      xml.writeAttribute("name", "seed " + run.seed());
      xml.writeAttribute("time", seconds(run.wallNanos()));
      if (!run.passed()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", XmlText.clean(run.failure()));
        xml.writeAttribute("type", "seedsim.RunFailed");
        xml.writeCharacters(
            XmlText.clean(
                run.failure()
                    + "\nreplay: "
                    + run.replayCommand()
                    + (run.traceHash() == null ? "" : "\ntrace hash: " + run.traceHash())
                    + "\n"));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}
