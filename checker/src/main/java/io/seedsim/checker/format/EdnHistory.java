package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import java.util.List;
import java.util.Map;
import us.bpsm.edn.EdnException;
import us.bpsm.edn.Keyword;
import us.bpsm.edn.Symbol;
import us.bpsm.edn.parser.Parseable;
import us.bpsm.edn.parser.Parser;
import us.bpsm.edn.parser.Parsers;

/**
 * Jepsen, Knossos and Maelstrom histories in EDN: one event map per line, or one vector of event
 * maps. An event has {@code :process}, {@code :type} ({@code :invoke}, {@code :ok}, {@code :fail},
 * {@code :info}), {@code :f}, {@code :value}, and optionally {@code :key}.
 *
 * <ul>
 *   <li>Events pair by {@code :process}; the file order is real-time order.
 *   <li>{@code :fail} means the operation did not happen: it leaves the history. {@code :info}
 *       leaves the outcome unknown, as does an invoke that never completes.
 *   <li>Keys: the {@code :key} field (Porcupine's kv files), else, for a keyed model, a
 *       {@code :value} that is a {@code [key value]} tuple (Jepsen's independent keys, Maelstrom's
 *       lin-kv).
 *   <li>An {@code :ok} append whose value equals its argument (Jepsen's echo, as in Porcupine's
 *       kv files) did not observe the old value; any other value is the old value.
 *   <li>Events of the {@code :nemesis} process are fault injections, not operations, and are
 *       passed over.
 * </ul>
 */
public final class EdnHistory {
  private EdnHistory() {}

  private static final Keyword PROCESS = Keyword.newKeyword("process");
  private static final Keyword TYPE = Keyword.newKeyword("type");
  private static final Keyword F = Keyword.newKeyword("f");
  private static final Keyword KEY = Keyword.newKeyword("key");
  private static final Keyword VALUE = Keyword.newKeyword("value");
  private static final Keyword NEMESIS = Keyword.newKeyword("nemesis");

  public static List<Operation> read(String file, String text, Model<?> model) throws HistoryFormatException {
    EventHistoryBuilder history = new EventHistoryBuilder(file, model);
    Parser parser = Parsers.newParser(Parsers.defaultConfiguration());
    if (text.stripLeading().startsWith("[")) {
      readVector(history, parser, text, model);
    } else {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) continue;
        event(history, i + 1, onlyValue(history, i + 1, parser, lines[i]), model);
      }
    }
    return history.build();
  }

  /** One vector of events; errors then name the line where the vector starts plus the event index. */
  private static void readVector(EventHistoryBuilder history, Parser parser, String text, Model<?> model)
      throws HistoryFormatException {
    Object all = onlyValue(history, 1, parser, text);
    if (!(all instanceof List<?> events)) throw history.error(1, "expected a vector of event maps");
    for (int i = 0; i < events.size(); i++) {
      try {
        event(history, i + 1, events.get(i), model);
      } catch (HistoryFormatException e) {
        throw history.error(0, "event " + (i + 1) + " of the vector: " + e.problem());
      }
    }
  }

  private static Object onlyValue(EventHistoryBuilder history, int line, Parser parser, String text)
      throws HistoryFormatException {
    try {
      Parseable source = Parsers.newParseable(text);
      Object value = parser.nextValue(source);
      if (value == Parser.END_OF_INPUT) throw history.error(line, "no EDN value");
      if (parser.nextValue(source) != Parser.END_OF_INPUT) {
        throw history.error(line, "more than one EDN value; expected one event map per line");
      }
      return value;
    } catch (EdnException e) {
      throw history.error(line, "bad EDN: " + e.getMessage());
    }
  }

  private static void event(EventHistoryBuilder history, int line, Object value, Model<?> model)
      throws HistoryFormatException {
    if (!(value instanceof Map<?, ?> event)) throw history.error(line, "expected an event map {:process ...}");
    Object process = event.get(PROCESS);
    if (NEMESIS.equals(process)) return;
    int client = client(history, line, process);
    String type = name(history, line, event, TYPE);
    String function = name(history, line, event, F);
    Object argument = event.get(VALUE);
    String key = null;
    if (event.containsKey(KEY)) {
      key = keyText(history, line, event.get(KEY));
    } else if (model.keyed() && type.equals("invoke")) {
      key = keyText(history, line, tupleKey(history, line, argument));
      argument = ((List<?>) argument).get(1);
    } else if (model.keyed()) {
      argument = tupleValue(argument);
    }
    switch (type) {
      case "invoke" -> history.invoke(line, client, function, key, argument);
      case "ok" -> {
        boolean echo = function.equals("append") && argument != null && argument.equals(history.openArgument(client));
        history.complete(line, client, function, echo ? null : argument, Outcome.OK);
      }
      case "info" -> history.complete(line, client, function, null, Outcome.UNKNOWN);
      case "fail" -> history.discard(line, client, function);
      default -> throw history.error(line, "unknown :type :" + type + " (expected :invoke, :ok, :fail or :info)");
    }
  }

  private static int client(EventHistoryBuilder history, int line, Object process) throws HistoryFormatException {
    if (process instanceof Long p && p >= 0 && p <= Integer.MAX_VALUE) return (int) (long) p;
    throw history.error(line, process == null ? "missing :process" : ":process " + process + " is not a client number");
  }

  private static String name(EventHistoryBuilder history, int line, Map<?, ?> event, Keyword field)
      throws HistoryFormatException {
    Object value = event.get(field);
    if (value instanceof Keyword k) return k.getName();
    if (value instanceof String s) return s;
    if (value instanceof Symbol s) return s.getName();
    throw history.error(line, value == null ? "missing " + field : field + " " + value + " is not a keyword");
  }

  private static Object tupleKey(EventHistoryBuilder history, int line, Object argument) throws HistoryFormatException {
    if (argument instanceof List<?> tuple && tuple.size() == 2) return tuple.get(0);
    throw history.error(line, "no :key, and :value " + argument + " is not a [key value] tuple");
  }

  /** A completion's value in a keyed history: the value half of a [key value] tuple. */
  private static Object tupleValue(Object value) {
    return value instanceof List<?> tuple && tuple.size() == 2 ? tuple.get(1) : value;
  }

  private static String keyText(EventHistoryBuilder history, int line, Object key) throws HistoryFormatException {
    if (key instanceof String s) return s;
    if (key instanceof Long || key instanceof java.math.BigInteger) return key.toString();
    if (key instanceof Keyword k) return k.getName();
    throw history.error(line, "the key " + key + " is not a string, integer or keyword");
  }
}
