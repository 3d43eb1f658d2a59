package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import java.util.List;

/**
 * How many one-shot gets of TestStaticShards and TestRejection must complete in the quiet window,
 * for the keys actually asked (a shrunk case asks fewer). Only server 0 answers, so at most the
 * gets of keys whose shard server 0 holds complete; the lab lets 2 of its 10 go missing, and a run
 * of n gets allows 2n/10 (rounded down). All ten keys give the lab's 5..7, and a correct server
 * passes every subset.
 */
record CompletionRange(int min, int max) {

  static final int LAB_GETS = 10;
  static final int LAB_SLACK = 2;

  static CompletionRange of(List<String> keys, ShardMap shards, int answeringServer) {
    int answerable = (int) keys.stream().filter(k -> shards.holds(answeringServer, shards.shardOf(k))).count();
    int slack = LAB_SLACK * keys.size() / LAB_GETS;
    return new CompletionRange(Math.max(0, answerable - slack), answerable);
  }

  boolean contains(int done) {
    return done >= min && done <= max;
  }
}
