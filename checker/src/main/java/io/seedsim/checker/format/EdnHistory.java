package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryReadTimeoutException;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.search.Deadline;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import us.bpsm.edn.Keyword;
import us.bpsm.edn.Symbol;
import us.bpsm.edn.TaggedValue;

/**
 * Jepsen, Knossos and Maelstrom histories in EDN: a stream of event maps (one per line or
 * spread over several), or one vector or list of them. An event has {@code :process},
 * {@code :type} ({@code :invoke}, {@code :ok}, {@code :fail}, {@code :info}), {@code :f},
 * {@code :value}, and optionally {@code :key}; {@code #jepsen.history.Op{...}} records are events.
 *
 * <ul>
 *   <li>Events pair by {@code :process} (any integer, string or keyword); the file order is
 *       real-time order.
 *   <li>{@code :fail} means the operation did not happen: it leaves the history. {@code :info}
 *       leaves the outcome unknown, as does an invoke that never completes.
 *   <li>Keys: the invoke's {@code :key} field (Porcupine's kv files), else, for a keyed model, a
 *       {@code :value} that is a {@code [key value]} tuple (Jepsen's independent keys, Maelstrom's
 *       lin-kv); the completion of a tuple invoke must be a tuple of the same key.
 *   <li>Appends: when every {@code :ok} append of the file has its argument as its value, the file
 *       follows Jepsen's echo (as Porcupine's kv files do) and no append observed the old value;
 *       otherwise each {@code :ok} append's value is the old value it saw.
 *   <li>A completed read of {@code nil} read nil (for kv: the key was missing, i.e. "").
 *   <li>Events of the {@code :nemesis} process are fault injections, not operations, and are
 *       passed over.
 * </ul>
 */
public final class EdnHistory {
  private static final Keyword PROCESS = Keyword.newKeyword("process");
  private static final Keyword TYPE = Keyword.newKeyword("type");
  private static final Keyword F = Keyword.newKeyword("f");
  private static final Keyword KEY = Keyword.newKeyword("key");
  private static final Keyword VALUE = Keyword.newKeyword("value");
  private static final Keyword NEMESIS = Keyword.newKeyword("nemesis");

  private final Model<?> model;
  private final EventHistoryBuilder history;
  /** The tuple key of each process whose open call gave its key in a [key value] tuple. */
  private final Map<Object, Object> tupleKeys = new HashMap<>();
  private int okAppends;
  private int echoedAppends;

  private EdnHistory(String file, Model<?> model) {
    this.model = model;
    this.history = new EventHistoryBuilder(file, model);
  }

  public static List<Operation> read(String file, Reader in, Model<?> model, Deadline deadline)
      throws HistoryFormatException, HistoryReadTimeoutException {
    EdnForms forms = new EdnForms(file, in, deadline);
    EdnHistory reader = new EdnHistory(file, model);
    for (EdnForms.Form form = forms.next(); form != null; form = forms.next()) {
      reader.event(form.line(), form.value());
    }
    if (forms.count() == 0) {
      throw new HistoryFormatException(file, 0, forms.wrapped()
          ? "the history vector is empty: no operations to check"
          : "the file is empty: no operations to check");
    }
    boolean echoes = reader.okAppends > 0 && reader.echoedAppends == reader.okAppends;
    return reader.history.build((function, argument, value) ->
        echoes && function.equalsIgnoreCase("append") ? EventHistoryBuilder.NOT_OBSERVED : value, deadline);
  }

  private void event(int line, Object value) throws HistoryFormatException {
    if (value instanceof TaggedValue record && record.getValue() instanceof Map) value = record.getValue();
    if (!(value instanceof Map<?, ?> event)) {
      throw history.error(line, "expected an event map {:process ...}, not " + Excerpt.of(value));
    }
    Object rawProcess = event.get(PROCESS);
    if (NEMESIS.equals(rawProcess)) return;
    Object process = history.process(line, rawProcess);
    String type = name(line, event, TYPE);
    String function = name(line, event, F);
    Object argument = event.get(VALUE);
    if (type.equals("invoke")) {
      invoke(line, process, function, event, argument);
      return;
    }
    Object tupleKey = tupleKeys.remove(process);
    switch (type) {
      case "ok" -> {
        Object result = tupleKey == null ? argument : tupleValue(line, tupleKey, argument);
        if (function.equalsIgnoreCase("append")) {
          okAppends++;
          if (Objects.equals(result, history.openArgument(process))) echoedAppends++;
        }
        history.complete(line, process, function, result, Outcome.OK);
      }
      case "info" -> history.complete(line, process, function, null, Outcome.UNKNOWN);
      case "fail" -> history.discard(line, process, function);
      default -> throw history.error(line, "unknown :type :" + type + " (expected :invoke, :ok, :fail or :info)");
    }
  }

  private void invoke(int line, Object process, String function, Map<?, ?> event, Object argument)
      throws HistoryFormatException {
    Object key = null;
    if (event.containsKey(KEY)) {
      key = event.get(KEY);
      if (key == null) throw history.error(line, ":key is nil");
    } else if (model.keyed()) {
      if (!(argument instanceof List<?> tuple) || tuple.size() != 2) {
        throw history.error(line, "no :key, and the :value " + Excerpt.of(argument) + " is not a [key value] tuple");
      }
      key = tuple.get(0);
      argument = tuple.get(1);
    }
    history.invoke(line, process, function, key, argument);
    if (key != null && !event.containsKey(KEY)) tupleKeys.put(process, key);
  }

  /** The value half of a completion's [key value] tuple, which must name the invoke's key. */
  private Object tupleValue(int line, Object key, Object value) throws HistoryFormatException {
    if (value instanceof List<?> tuple && tuple.size() == 2 && Objects.equals(tuple.get(0), key)) return tuple.get(1);
    throw history.error(line, "the :value " + Excerpt.of(value) + " is not a [key value] tuple of the invoke's key "
        + Excerpt.of(key));
  }

  private String name(int line, Map<?, ?> event, Keyword field) throws HistoryFormatException {
    Object value = event.get(field);
    if (value instanceof Keyword k) return k.getName();
    if (value instanceof String s) return s;
    if (value instanceof Symbol s) return s.getName();
    throw history.error(line, value == null ? "missing " + field : field + " " + Excerpt.of(value) + " is not a keyword");
  }
}
