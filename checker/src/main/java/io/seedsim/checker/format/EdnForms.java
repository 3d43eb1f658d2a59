package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryReadTimeoutException;
import io.seedsim.checker.search.Deadline;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.util.Collection;
import java.util.Map;
import us.bpsm.edn.EdnException;
import us.bpsm.edn.TaggedValue;
import us.bpsm.edn.parser.Parseable;
import us.bpsm.edn.parser.Parser;
import us.bpsm.edn.parser.Parsers;

/**
 * An EDN text read as a stream of top-level forms, each with the line it starts on: maps may span
 * lines, {@code ;} comments and {@code #_} forms may stand anywhere. A file that is one vector or
 * list of forms (Jepsen's {@code history.edn}) is read as the stream of its elements, so that each
 * event still has its own line and the vector is never held whole.
 *
 * <p>The characters reach the parser through a small lexer that counts lines (LF, CRLF or a lone
 * CR), skips a UTF-8 byte-order mark, and stops brackets nested deeper than {@link #MAX_DEPTH}
 * with an error, since the parser is recursive and would otherwise overflow the stack.
 */
final class EdnForms {
  static final int MAX_DEPTH = 100;

  /** Forms read between two looks at the clock. */
  private static final int FORMS_PER_CLOCK_READ = 1024;

  /** One top-level form and the line of its first character. */
  record Form(int line, Object value) {}

  private static final Parser PARSER = Parsers.newParser(Parsers.newParserConfigBuilder()
      .putTagHandler(Parser.Config.DOUBLE_TAG, (tag, value) -> exactDouble((Double) value))
      .putTagHandler(Parser.Config.BIG_DECIMAL_TAG, (tag, value) -> ExactNumbers.decimal((BigDecimal) value))
      .putTagHandler(Parser.Config.BIG_INTEGER_TAG, (tag, value) -> ExactNumbers.integer((BigInteger) value))
      .build());

  private final String file;
  private final Deadline deadline;
  private final Source source;
  private int forms;
  private boolean ended;
  /** Whether flat event maps take the fast path (off only to test that both paths agree). */
  private final boolean fast;
  /** Forms read by the fast path (for tests). */
  int fastForms;

  EdnForms(String file, Reader in, Deadline deadline) {
    this(file, in, deadline, true);
  }

  EdnForms(String file, Reader in, Deadline deadline, boolean fast) {
    this.fast = fast;
    this.file = file;
    this.deadline = deadline;
    this.source = new Source(in);
  }

  /** The next form, or null after the last. */
  Form next() throws HistoryFormatException, HistoryReadTimeoutException {
    if (ended) return null;
    if (++forms % FORMS_PER_CLOCK_READ == 0 && deadline.passed()) {
      throw new HistoryReadTimeoutException(file, source.line);
    }
    Object value = fast ? source.scanFlat() : FlatEventScanner.GAVE_UP;
    if (value == FlatEventScanner.GAVE_UP) value = parse();
    else fastForms++;
    if (value == Parser.END_OF_INPUT) {
      forms--;
      end();
      return null;
    }
    boolean bracketed = value instanceof Map || value instanceof Collection || value instanceof TaggedValue;
    return new Form(bracketed ? source.openLine : source.line, value);
  }

  /** The number of forms read so far (the elements, in a vector file). */
  int count() {
    return forms;
  }

  /** True when the file is one vector or list of forms. */
  boolean wrapped() {
    return source.wrapper != 0;
  }

  private Object parse() throws HistoryFormatException {
    try {
      return PARSER.nextValue(source);
    } catch (Stop stop) {
      throw error(stop.getMessage());
    } catch (StackOverflowError e) {
      throw error("values nested too deeply to read");
    } catch (EdnException e) {
      if (e.getCause() instanceof Stop stop) throw error(stop.getMessage());
      if (e.getCause() instanceof CharacterCodingException) throw error("not UTF-8 text");
      if (e.getCause() instanceof IOException io) throw error("cannot read the file: " + ReadErrors.describe(io));
      if (source.atEnd) {
        throw new HistoryFormatException(file, source.openLine, "bad EDN: the form that starts here is not closed"
            + " by the end of the file");
      }
      throw error("bad EDN: " + e.getMessage());
    } catch (RuntimeException e) {
      // Tag handlers (#uuid, #inst, numbers) reject their values with plain runtime exceptions.
      throw error("bad EDN: " + e.getMessage());
    }
  }

  /** At the end of input: a vector must have been closed, and nothing may follow it. */
  private void end() throws HistoryFormatException {
    ended = true;
    if (source.wrapper != 0 && !source.closed) {
      throw error("the " + source.wrapper + " opened on line " + source.wrapperLine + " is never closed");
    }
    if (source.closed) {
      int closedOn = source.line;
      source.reopenAfterWrapper();
      if (parse() != Parser.END_OF_INPUT) {
        throw error("text after the " + closer(source.wrapper) + " on line " + closedOn
            + " that ends the history");
      }
    }
  }

  private HistoryFormatException error(String problem) {
    return new HistoryFormatException(file, source.line, problem);
  }

  private static Object exactDouble(Double value) {
    if (value.isInfinite() || value.isNaN()) {
      throw new IllegalArgumentException("a number too large for a double; write it with M (as in 1e400M) to keep it exact");
    }
    return ExactNumbers.decimal(BigDecimal.valueOf(value));
  }

  private static char closer(char opener) {
    return opener == '(' ? ')' : ']';
  }

  /** A problem found by the lexer; passes through the parser. */
  private static final class Stop extends RuntimeException {
    Stop(String message) {
      super(message, null, false, false);
    }
  }

  /** The characters of the file as the parser sees them, with the lexer's bookkeeping. */
  private static final class Source implements Parseable {
    private static final int NONE = -2;
    private static final boolean[] NORMAL_SPECIAL = specials("\r\n\"\\;()[]{}");
    private static final boolean[] STRING_SPECIAL = specials("\r\n\"\\");
    private static final boolean[] COMMENT_SPECIAL = specials("\r\n");

    private static boolean[] specials(String chars) {
      boolean[] table = new boolean[128];
      for (char c : chars.toCharArray()) table[c] = true;
      return table;
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private boolean atStart = true;
    /** True once the reader has no more characters. */
    boolean atEnd;
    private boolean lastWasCr;
    private int pushedBack = NONE;
    private final FlatEventScanner flat = new FlatEventScanner();

    /** The line of the character read last (after a line end: the next line). */
    int line = 1;
    /** The line of the latest opening bracket at the depth of events. */
    int openLine = 1;

    private boolean inString;
    private boolean escaped;
    private boolean inComment;
    private boolean charLiteral;
    private boolean started;
    private int depth;
    /** '[' or '(' when the file is one vector or list of events, else 0. */
    char wrapper;
    int wrapperLine;
    boolean closed;
    private boolean afterWrapper;

    Source(Reader in) {
      this.in = in;
    }

    /** Reads on past the vector's end, where only blanks and comments may follow. */
    void reopenAfterWrapper() {
      closed = false;
      afterWrapper = true;
      depth = 0;
    }

    private boolean inWrapper() {
      return wrapper != 0 && !afterWrapper;
    }

    @Override
    public int read() throws IOException {
      if (pushedBack != NONE) {
        int c = pushedBack;
        pushedBack = NONE;
        if (c == '\n') line++;
        return c;
      }
      if (closed) return END_OF_INPUT;
      // The fast path: a character that changes none of the lexer's state (most of them).
      if (position < length && started && !charLiteral && !escaped) {
        char c = buffer[position];
        boolean[] special = inString ? STRING_SPECIAL : inComment ? COMMENT_SPECIAL : NORMAL_SPECIAL;
        if (c >= 128 || !special[c]) {
          position++;
          lastWasCr = false;
          return c;
        }
      }
      while (true) {
        if (position == length) {
          length = in.read(buffer, 0, buffer.length);
          position = 0;
          if (length <= 0) {
            length = 0;
            atEnd = true;
            return END_OF_INPUT;
          }
        }
        char c = buffer[position++];
        if (atStart) {
          atStart = false;
          if (c == '\uFEFF') continue;
        }
        boolean crlf = c == '\n' && lastWasCr;
        lastWasCr = c == '\r';
        if (c == '\r' || c == '\n' && !crlf) line++;
        if (inString) {
          if (escaped) escaped = false;
          else if (c == '\\') escaped = true;
          else if (c == '"') inString = false;
          return c;
        }
        if (crlf) continue;
        if (c == '\r') c = '\n';
        int out = lex(c);
        if (out != NONE) return out;
      }
    }

    /** Tracks strings, comments and depth; returns the character for the parser, or NONE to skip it. */
    private int lex(char c) {
      if (inComment) {
        if (c == '\n') inComment = false;
        return c;
      }
      if (charLiteral) {
        charLiteral = false;
        return c;
      }
      switch (c) {
        case ' ', '\t', '\n', ',', '\f' -> {
          return c;
        }
        case ';' -> {
          inComment = true;
          return c;
        }
        case '"' -> inString = true;
        case '\\' -> charLiteral = true;
        case '(', '[', '{' -> {
          if (!started && c != '{') {
            started = true;
            wrapper = c;
            wrapperLine = line;
            depth = 1;
            return NONE;
          }
          int eventDepth = inWrapper() ? 1 : 0;
          if (depth == eventDepth) openLine = line;
          if (++depth - eventDepth > MAX_DEPTH) {
            throw new Stop("brackets nested more than " + MAX_DEPTH + " deep");
          }
        }
        case ')', ']', '}' -> {
          if (inWrapper() && depth == 1) {
            if (c != closer(wrapper)) {
              throw new Stop(c + " cannot close the " + wrapper + " opened on line " + wrapperLine);
            }
            depth = 0;
            closed = true;
            return END_OF_INPUT;
          }
          if (depth > 0) depth--;
        }
        default -> {
          // an atom's character
        }
      }
      started = true;
      return c;
    }

    /**
     * The next form by the fast path, when it is a flat event map wholly in the buffer and the
     * lexer is between forms; else {@link FlatEventScanner#GAVE_UP} with nothing consumed.
     */
    Object scanFlat() {
      if (pushedBack != NONE || closed || atStart || inString || inComment || charLiteral || position == length
          || depth != (inWrapper() ? 1 : 0)) {
        return FlatEventScanner.GAVE_UP;
      }
      Object map = flat.scan(buffer, position, length);
      if (map == FlatEventScanner.GAVE_UP) return map;
      if (flat.newlines > 0) lastWasCr = false;
      openLine = line + flat.newlinesBefore;
      line += flat.newlines;
      position = flat.stop;
      started = true;
      return map;
    }

    @Override
    public void unread(int c) {
      if (c == END_OF_INPUT) return;
      pushedBack = c;
      if (c == '\n') line--;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
