package io.seedsim.testkit;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Replays a {@link FailureCase}: the scenario runs for the case's seed with every stream taking its
 * outcomes from the case's choices. Artifacts a run writes later (a trace or page simulated again)
 * replay the same choices, so they show the case and not the seed's original run.
 */
final class CaseReplay {
  private CaseReplay() {}

  /** @param caseCommand the command that replays the case, for its page; null if unknown */
  static RunResult run(Scenario scenario, FailureCase c, String caseCommand) {
    RunResult r = replay(c.seed(), c.choices(), () -> GuardedRun.execute(scenario, c.seed(), c.variant()));
    return new RunResult(r.scenario(), r.seed(), r.variant(), r.failure(), r.traceHash(), r.virtualMicros(), r.events(),
        r.operations(), new Replayed(r.artifacts(), c, caseCommand));
  }

  private static <T> T replay(long seed, Choices choices, Supplier<T> body) {
    return ChoiceCapture.replay(seed, choices, body).result();
  }

  /** A case run's artifacts: each one written inside a replay of the case's choices. */
  private record Replayed(RunArtifacts artifacts, FailureCase c, String caseCommand) implements RunArtifacts {

    @Override
    public void writeHistory(Path file) throws IOException {
      write(() -> artifacts.writeHistory(file));
    }

    @Override
    public void writeTrace(Path file) throws IOException {
      write(() -> artifacts.writeTrace(file));
    }

    @Override
    public void writeHtml(Path file) throws IOException {
      String command = caseCommand == null ? "a case shrunk from seed " + c.seed() : caseCommand;
      write(() -> artifacts.writeCaseHtml(file, command, c.seed()));
    }

    @Override
    public void writeCaseHtml(Path file, String command, long originalSeed) throws IOException {
      write(() -> artifacts.writeCaseHtml(file, command, originalSeed));
    }

    private interface Writing {
      void run() throws IOException;
    }

    private void write(Writing writing) throws IOException {
      try {
        replay(c.seed(), c.choices(), () -> {
          try {
            writing.run();
            return null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
