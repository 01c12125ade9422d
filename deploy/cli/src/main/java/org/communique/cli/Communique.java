package org.communique.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./communique topics|tail|lag|dlq|replay}: an operator's view of the topics. */
@Command(name = "communique", mixinStandardHelpOptions = true, version = "communique cli 1",
        description = "Topics, consumer lag and dead letters of a Communiqué stack (the local one by default).",
        subcommands = {TopicsCommand.class, TailCommand.class, LagCommand.class, DlqCommand.class,
                ReplayCommand.class})
public class Communique {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Communique()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
