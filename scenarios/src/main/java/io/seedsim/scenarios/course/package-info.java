/**
 * The lab as a course kit: students bring their own {@code Clerk} and {@code KVServer} and run the
 * seven lab tests against them.
 *
 * <p>{@link io.seedsim.scenarios.course.LabKit} is what the generated project's test class calls;
 * {@link io.seedsim.scenarios.course.LabGrader} runs one lab test over a seed range (determinism
 * guard first, every failing seed twice); {@link io.seedsim.scenarios.course.Scoreboard} prints one
 * line per lab test; {@link io.seedsim.scenarios.course.StarterProject} writes the starter project
 * and {@link io.seedsim.scenarios.course.LocalMavenRepository} installs seedsim for it.
 */
package io.seedsim.scenarios.course;
