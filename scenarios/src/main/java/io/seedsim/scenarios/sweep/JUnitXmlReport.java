package io.seedsim.scenarios.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code sweep --junit F}: the common JUnit XML shape that CI systems display. One testsuite per
 * scenario, one testcase per seed; a failure carries the reason and the replay command. A run cut
 * short by the environment is an {@code error}; seeds that did not run (Ctrl-C, --max-failures,
 * an environment error) are {@code skipped} testcases, one per span, and the suite's properties
 * say {@code seedsim.complete=false}, so no CI shows a partial sweep as a full green one.
 */
public final class JUnitXmlReport {
  private JUnitXmlReport() {}

  public static void write(SweepSummary summary, OutputStream out) throws IOException {
    try {
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
    List<NotRun> notRun = summary.notRun();
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "seedsim sweep");
    xml.writeAttribute("tests", Long.toString(summary.outcomes().size() + notRun.size()));
    xml.writeAttribute("failures", Long.toString(summary.failed()));
    xml.writeAttribute("errors", Long.toString(summary.environmentErrors().size()));
    xml.writeAttribute("time", seconds(summary.wallNanos()));
    for (String scenario : summary.scope().scenarios().stream().sorted().toList()) {
      writeSuite(
          summary,
          scenario,
          summary.outcomes().stream().filter(o -> o.scenario().equals(scenario)).toList(),
          notRun.stream().filter(span -> span.scenario().equals(scenario)).toList(),
          xml);
    }
    xml.writeEndElement();
  }

  private static void writeSuite(
      SweepSummary summary,
      String scenario,
      List<RunOutcome> runs,
      List<NotRun> notRun,
      XMLStreamWriter xml)
      throws XMLStreamException {
    String variant = summary.scope().variant();
    String suiteName =
        XmlText.clean("seedsim." + scenario + (variant.equals("none") ? "" : "." + variant));
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", suiteName);
    xml.writeAttribute("tests", Integer.toString(runs.size() + notRun.size()));
    xml.writeAttribute("failures", Long.toString(runs.stream().filter(RunOutcome::failed).count()));
    xml.writeAttribute(
        "errors", Long.toString(runs.stream().filter(RunOutcome::hadEnvironmentError).count()));
    xml.writeAttribute("skipped", Integer.toString(notRun.size()));
    xml.writeAttribute("time", seconds(runs.stream().mapToLong(RunOutcome::wallNanos).sum()));
    writeProperties(summary, notRun, xml);
    for (RunOutcome run : runs) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", suiteName);
      xml.writeAttribute("name", "seed " + run.seed());
      xml.writeAttribute("time", seconds(run.wallNanos()));
      if (run.failed()) {
        problem(
            "failure",
            "seedsim.RunFailed",
            run.failure(),
            run.failure()
                + "\nreplay: "
                + run.replayCommand()
                + (run.traceHash() == null ? "" : "\ntrace hash: " + run.traceHash())
                + "\n",
            xml);
      } else if (run.hadEnvironmentError()) {
        String message = "environment error, not a failure of the run: " + run.environmentError();
        problem(
            "error",
            "seedsim.EnvironmentError",
            message,
            message + "\nretry: " + run.replayCommand() + "\n",
            xml);
      }
      xml.writeEndElement();
    }
    for (NotRun span : notRun) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", suiteName);
      xml.writeAttribute("name", span.describe() + " not run");
      xml.writeAttribute("time", "0.000");
      String why = "not run (" + span.seeds() + " seeds): the sweep " + stopped(summary);
      problem("skipped", "seedsim.NotRun", why, why + "\n", xml);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void writeProperties(
      SweepSummary summary, List<NotRun> notRun, XMLStreamWriter xml) throws XMLStreamException {
    SweepScope scope = summary.scope();
    xml.writeStartElement("properties");
    property("seedsim.complete", Boolean.toString(summary.complete()), xml);
    property("seedsim.stopped", summary.stopReason().label(), xml);
    property("seedsim.seeds", scope.seeds().toString(), xml);
    property("seedsim.shard", scope.shard().toString(), xml);
    property("seedsim.build", BuildIdentity.current(), xml);
    if (!notRun.isEmpty()) {
      property(
          "seedsim.notRun",
          String.join(", ", notRun.stream().map(NotRun::describe).toList()),
          xml);
    }
    xml.writeEndElement();
  }

  private static void property(String name, String value, XMLStreamWriter xml)
      throws XMLStreamException {
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", XmlText.clean(value));
  }

  private static void problem(
      String element, String type, String message, String text, XMLStreamWriter xml)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("message", XmlText.clean(message));
    xml.writeAttribute("type", type);
    xml.writeCharacters(XmlText.clean(text));
    xml.writeEndElement();
  }

  private static String stopped(SweepSummary summary) {
    return switch (summary.stopReason()) {
      case COMPLETED -> "completed without them";
      case MAX_FAILURES -> "stopped at --max-failures " + summary.scope().maxFailures();
      case INTERRUPTED -> "was interrupted";
      case ENVIRONMENT_ERROR -> "stopped after an environment error";
      case UNCOVERED -> "has no report that covers them";
    };
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}
