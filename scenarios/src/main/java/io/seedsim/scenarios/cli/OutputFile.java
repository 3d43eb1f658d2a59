package io.seedsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A file a command writes after its runs (a report, a trace, a page), checked before the first run
 * so that a bad path costs nothing, and written atomically: the content goes to a temporary file in
 * the same directory, which is then renamed over the target, so a reader sees the old file or the
 * whole new one, never a torn one, and two writers cannot interleave. A device such as /dev/null is
 * written in place.
 */
final class OutputFile {
  /** The longest file name Linux and macOS file systems take, in bytes. */
  private static final int NAME_MAX = 255;

  /** Writes the content to the file it is given. */
  @FunctionalInterface
  interface Content {
    void writeTo(Path file) throws IOException;
  }

  private final String option;
  private final Path given;
  private final Path target;
  private final boolean device;
  private final Object stateAtCheck; // null when the file did not exist

  private OutputFile(String option, Path given, Path target, boolean device, Object state) {
    this.option = option;
    this.given = given;
    this.target = target;
    this.device = device;
    this.stateAtCheck = state;
  }

  /**
   * Checks that {@code file} can be written, or throws a {@link UsageError} naming the option; null
   * stays null (the option was not given).
   */
  static OutputFile check(String option, Path file) {
    if (file == null) {
      return null;
    }
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw error(option, file, "is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      if (!Files.isWritable(target)) {
        throw error(option, file, "permission denied");
      }
      return new OutputFile(option, file, target, true, null); // /dev/null, /dev/stdout, a pipe
    }
    Path name = target.getFileName();
    if (name == null) {
      throw error(option, file, "is not a file name");
    }
    int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > NAME_MAX) {
      throw error(
          option, file, "the file name is too long (" + bytes + " bytes, at most " + NAME_MAX + ")");
    }
    Path directory = target.getParent();
    if (!Files.isDirectory(directory)) {
      throw error(option, file, "the directory does not exist");
    }
    try { // the one sure test that the directory takes new files: make one
      Files.delete(Files.createTempFile(directory, ".seedsim-", ".tmp"));
    } catch (java.nio.file.NoSuchFileException e) { // /proc: the directory is there, files are not
      throw error(option, file, "cannot create files in " + directory);
    } catch (IOException e) {
      throw error(option, file, "cannot create files in " + directory + ": " + FileErrors.describe(e));
    }
    return new OutputFile(option, file, target, false, state(target));
  }

  /** Two options naming one file would overwrite each other: a usage error. */
  static void requireDistinct(OutputFile... files) {
    List<OutputFile> given = new ArrayList<>();
    for (OutputFile file : files) {
      if (file == null || file.device) {
        continue;
      }
      for (OutputFile earlier : given) {
        if (earlier.target.equals(file.target) || sameExistingFile(earlier.target, file.target)) {
          throw new UsageError(
              earlier.option + " " + earlier.given + " and " + file.option + " " + file.given
                  + ": the same file; give each its own");
        }
      }
      given.add(file);
    }
  }

  /**
   * Writes {@code content}. Returns a line to print when this replaced a file that another process
   * wrote since {@link #check} (two sweeps writing one report), or null.
   */
  String write(Content content) throws IOException {
    if (device) {
      content.writeTo(target);
      return null;
    }
    Path temporary = Files.createTempFile(target.getParent(), ".seedsim-", ".tmp");
    try {
      readableByAll(temporary);
      content.writeTo(temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true); // on disk before the rename makes it visible
      }
      return publish(temporary);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Writes {@code content} and says so on {@code err} when it replaced another process's file or
   * could not write (a full disk); false in that last case. {@code command}: {@code seedsim run}.
   */
  boolean writeTelling(Content content, String command, PrintWriter err) {
    try {
      String replaced = write(content);
      if (replaced != null) {
        err.println(command + ": " + replaced);
      }
      return true;
    } catch (IOException e) {
      err.println(
          command + ": " + option + " " + given + ": cannot write: " + FileErrors.describe(e));
      return false;
    } finally {
      err.flush();
    }
  }

  /**
   * A temporary file is its owner's alone; a report or a page is for anyone who may read the
   * directory, as a file written in place would be.
   */
  private static void readableByAll(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException | IOException notPosix) {
      // keep the file system's default
    }
  }

  /** A link fails if the target exists, so it tells exactly whether this writer replaced one. */
  private String publish(Path temporary) throws IOException {
    try {
      Files.createLink(target, temporary);
      return null;
    } catch (FileAlreadyExistsException exists) {
      Object before = state(target);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      return Objects.equals(before, stateAtCheck)
          ? null
          : option + " " + given + ": replaced a file that another process wrote meanwhile";
    } catch (UnsupportedOperationException | IOException noLinks) { // a file system without links
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      return null;
    }
  }

  /** What identifies one version of a file: its inode (where known), size and time. */
  private static Object state(Path file) {
    try {
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return List.of(String.valueOf(a.fileKey()), a.size(), a.lastModifiedTime());
    } catch (IOException absent) {
      return null;
    }
  }

  private static boolean sameExistingFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static UsageError error(String option, Path file, String why) {
    return new UsageError(option + " " + file + ": " + why);
  }
}
