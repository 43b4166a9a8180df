package org.budgetdisclosure.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code bd} command. The only place that calls {@link System#exit}: commands return exit codes
 * (0 clean, 1 error findings, 2 bad usage or unreadable input).
 */
@Command(name = "bd", mixinStandardHelpOptions = true, version = "budget-disclosure 0.1.0",
        description = "部门预算公开：读取、检查、生成与发布。",
        subcommands = {ParseCommand.class, CheckCommand.class, RenderCommand.class, TemplateCommand.class, CatalogCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    /** A bug of ours, not the user's: reported in one line unless --debug. */
    public static final int INTERNAL = 3;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "出错时打印完整的堆栈信息。")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with the given streams; used by main and by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("bd: " + ex.getMessage());
            c.getErr().println("用法见：bd " + (c.getCommandName().equals("bd") ? "" : c.getCommandName() + " ") + "--help");
            c.getErr().flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug") || main.debug;
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("bd: 内部错误：" + ex + "（加 --debug 查看详情，并请报告此问题）");
            }
            commandLine.getErr().flush();
            return INTERNAL;
        });
        return cl;
    }
}
