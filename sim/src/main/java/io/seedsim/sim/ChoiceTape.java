package io.seedsim.sim;

import java.util.Arrays;

/**
 * The choices of one stream (one fork path) in a {@link ChoiceCapture}: the outcomes its draws
 * took, and, when replaying, the script they take them from. Every stream object with this path
 * reads the script from its start, as every stream with one seed draws the same values.
 */
final class ChoiceTape {
  private final ChoiceCapture capture;
  /** The outcomes to replay; null when the stream draws from its seed. */
  private final long[] script;
  private long[] taken = new long[8];
  private int size;

  ChoiceTape(ChoiceCapture capture, long[] script) {
    this.capture = capture;
    this.script = script;
  }

  ChoiceCapture capture() {
    return capture;
  }

  boolean isScripted() {
    return script != null;
  }

  /** The scripted outcome of choice {@code index}: past the script's end every choice is 0. */
  long scripted(int index) {
    return index < script.length ? script[index] : 0;
  }

  /**
   * Records choice {@code index}. A second stream object with the same path repeats choices an
   * earlier one already recorded; the first recording stands.
   */
  void take(int index, long outcome) {
    if (index < size) {
      return;
    }
    if (size == taken.length) {
      taken = Arrays.copyOf(taken, size * 2);
    }
    taken[size++] = outcome;
  }

  long[] taken() {
    return Arrays.copyOf(taken, size);
  }
}
