package io.seedsim.scenarios.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code seedsim check} in its plain form, read without picocli: starting picocli (its annotations,
 * converters and model of the command) takes longer than checking a small history. Plain means
 * {@code --model}, {@code --format}, {@code --timeout}, {@code --report} and {@code --html}, each
 * at most once, as {@code --name value} or {@code --name=value}, and at least one file. Anything
 * else (help, version, an unknown or repeated option, a value or file that starts with '-' or
 * '@', a number that does not read) is left to picocli, which answers as it always has; what
 * runs is {@link CheckCommand} either way.
 */
record PlainCheckLine(Map<String, String> options, List<Path> files) {

  /** CheckCommand's options; a test holds this list to picocli's view of the command. */
  static final List<String> OPTIONS = List.of("--model", "--format", "--timeout", "--report", "--html");

  /** The arguments after "check", or null when picocli should read them. */
  static PlainCheckLine read(List<String> args) {
    Map<String, String> options = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!plain(arg)) {
        if (!arg.startsWith("--")) return null;
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.size() ? args.get(++i) : null;
        if (!OPTIONS.contains(name) || options.containsKey(name) || value == null || !plain(value)) return null;
        options.put(name, value);
        continue;
      }
      try {
        files.add(Path.of(arg));
      } catch (InvalidPathException e) {
        return null;
      }
    }
    if (files.isEmpty() || !options.containsKey("--model")) return null;
    try {
      return new PlainCheckLine(options, files).checkedValues();
    } catch (IllegalArgumentException e) { // a number or path that does not read
      return null;
    }
  }

  /** Not empty, and nothing picocli reads in its own way: an option, an @file. */
  private static boolean plain(String arg) {
    return !arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@';
  }

  /** Converts every value once, as picocli would, so that one that does not read goes to picocli. */
  private PlainCheckLine checkedValues() {
    command();
    return this;
  }

  /** The command, with its fields set as picocli would set them. */
  CheckCommand command() {
    CheckCommand command = new CheckCommand();
    command.modelName = options.get("--model");
    command.formatName = options.get("--format");
    command.timeoutSeconds = Double.valueOf(options.getOrDefault("--timeout", CheckCommand.DEFAULT_TIMEOUT));
    command.report = path(options.get("--report"));
    command.html = path(options.get("--html"));
    command.files = files;
    return command;
  }

  private static Path path(String value) {
    return value == null ? null : Path.of(value);
  }

  /**
   * Runs the check when the arguments after "check" are plain; null when they are not. Output and
   * errors are written as picocli writes them, and an exception is reported as Main reports it.
   */
  static Integer run(List<String> args) {
    PlainCheckLine line = read(args);
    if (line == null) return null;
    PrintWriter out = writer(System.out, "sun.stdout.encoding");
    PrintWriter err = writer(System.err, "sun.stderr.encoding");
    try {
      return line.command().check(out, err);
    } catch (Exception e) {
      return Main.executionError(e, "seedsim check: ", err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** As picocli makes its writers: the encoding the JVM names for the stream, else the default. */
  private static PrintWriter writer(OutputStream stream, String encodingProperty) {
    String name = System.getProperty(encodingProperty);
    Charset charset = Charset.defaultCharset();
    if (name != null) {
      try {
        charset = Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
      } catch (IllegalArgumentException e) {
        // unknown encoding: the default, as picocli does
      }
    }
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
  }
}
