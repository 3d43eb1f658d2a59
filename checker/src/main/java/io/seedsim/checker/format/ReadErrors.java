package io.seedsim.checker.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in a few words why a history file could not be read (the caller names the file). */
public final class ReadErrors {
  private ReadErrors() {}

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
