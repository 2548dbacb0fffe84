/**
 * The batch command line ({@code chainmatch.jar}, picocli): one {@code *Command} class per command,
 * the steps they share in {@code Job}, the output folder each run owns in {@code OutputFolder}.
 * The logic lives in the library modules; this package reads options, orders the steps, writes
 * files atomically and maps failures to the exit codes of {@code ExitCode}. Not an API.
 */
package org.chainmatch.examples.cli;
