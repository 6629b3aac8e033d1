package io.sluice.cli;

import io.sluice.core.config.Problems;
import io.sluice.core.model.Pipeline;
import io.sluice.core.run.RunOptions;
import io.sluice.core.yaml.PipelineYaml;
import io.sluice.report.RunReports;
import io.sluice.scheduler.DurationText;
import io.sluice.scheduler.PipelineLauncher;
import io.sluice.scheduler.Schedule;
import io.sluice.scheduler.ScheduleReader;
import io.sluice.scheduler.Scheduler;
import io.sluice.scheduler.SchedulerDaemon;
import io.sluice.scheduler.StateDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sluice schedule DIR|FILES...}: runs the pipelines' schedules until stopped (SIGTERM), or with
 * {@code --next} checks the schedules and prints their next fire times. What the scheduler does goes to the log
 * on standard error, in the format of every command's log, each run's lines marked with its run id.
 *
 * <pre>{@code
 * sluice schedule pipelines/                     # every *.yaml in pipelines/ with a schedule section
 * sluice schedule --next pipelines/nightly.yaml  # explain the schedule and show the next 5 fire times
 * }</pre>
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run pipelines on their schedules until stopped (SIGTERM or Ctrl-C).",
            "Pipeline files that are added, changed or removed take effect without a restart."})
final class ScheduleCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleCommand.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx '('VV')'");

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
            description = "Pipeline files, or folders whose *.yaml files with a schedule section are scheduled.")
    List<Path> sources;

    @Option(names = "--next", description = "Check the schedules and print the next fire times; run nothing.")
    boolean next;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "5",
            description = "With --next: how many fire times (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--state", paramLabel = "DIR",
            description = "State directory: lock, fire log, history, processed inputs (default: .sluice in the"
                    + " first folder given, or beside the first file).")
    Path state;

    @Option(names = "--max-fires", paramLabel = "N", defaultValue = "0",
            description = "Stop after dealing with N fire times and finishing their runs (default: never).")
    long maxFires;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "30s",
            description = "On stop, how long runs may take to finish before they are aborted"
                    + " (default: ${DEFAULT-VALUE}).")
    String grace;

    @Option(names = {"-p", "--parallelism"}, paramLabel = "N", description = "Worker threads per run.")
    Integer parallelism;

    @Mixin
    QuietOption quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (next) {
            return printNext();
        }
        for (Path source : sources) {
            if (!Files.exists(source)) {
                throw new ParameterException(spec.commandLine(), source + ": no such file or folder; expected"
                        + " pipeline files or a folder of them");
            }
        }
        if (parallelism != null && (parallelism < 1 || parallelism > 1024)) {
            throw new ParameterException(spec.commandLine(), "--parallelism must be between 1 and 1024, got "
                    + parallelism);
        }
        Duration graceTime = duration(grace, "--grace");
        RunOptions options = parallelism == null ? RunOptions.defaults()
                : RunOptions.defaults().withParallelism(parallelism);
        Path first = sources.get(0);
        StateDirectory stateDir = state != null ? StateDirectory.at(state)
                : Files.isDirectory(first) ? StateDirectory.at(first.resolve(StateDirectory.DEFAULT_NAME))
                : StateDirectory.besides(first);
        ExecutorService executor = Executors.newCachedThreadPool();
        Scheduler scheduler = Scheduler.builder(stateDir).watch(sources).clock(Clock.systemUTC()).executor(executor)
                .launcher(PipelineLauncher.local(options, RunReports.in(stateDir.folder(), LOG::info)::listenerFor))
                .build();
        SchedulerDaemon daemon = new SchedulerDaemon(scheduler, executor, Duration.ofSeconds(1), graceTime);
        Thread hook = new Thread(() -> {
            daemon.shutdown();
            LOG.info("stopped; lock released");
        }, "sluice-schedule-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        LOG.info("state in {}; stop with SIGTERM or Ctrl-C", stateDir);
        daemon.serve(maxFires);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            long fires = scheduler.firesHandled();
            LOG.info("stopped after {} fire time{}; lock released", fires, fires == 1 ? "" : "s");
        } catch (IllegalStateException shuttingDown) {
            // the hook is stopping the scheduler
        }
        return ExitCodes.OK;
    }

    private int printNext() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Problems problems = new Problems();
        for (Path file : pipelineFiles()) {
            Pipeline pipeline = PipelineYaml.read(file, problems);
            if (pipeline == null) {
                continue;
            }
            Schedule schedule = ScheduleReader.read(pipeline, problems);
            if (pipeline.schedule().isEmpty() && !sources.contains(file)) {
                continue; // a pipeline run by hand, in a folder of pipelines
            }
            if (pipeline.schedule().isEmpty()) {
                problems.add(pipeline.origin(), "schedule", "is missing; expected a section such as"
                        + " 'schedule: { cron: \"0 2 * * *\", time-zone: Europe/Berlin }'");
            }
            if (schedule == null) {
                continue;
            }
            out.printf("%s: pipeline %s runs %s (%s) in %s; overlap: %s, misfire: %s%s%s%n", file, pipeline.name(),
                    schedule.fireTimes().cron().describe(), schedule.fireTimes().cron(), schedule.fireTimes().zone(),
                    schedule.overlap().text(), schedule.misfire().text(),
                    schedule.jitter().isZero() ? "" : ", jitter up to " + schedule.jitter().toString().substring(2)
                            .toLowerCase(),
                    schedule.incrementalInput().map(i -> ", new files matching " + i.glob()).orElse(""));
            out.println("next fire times:");
            for (ZonedDateTime t : schedule.fireTimes().next(Instant.now(), count)) {
                out.println("  " + SHOWN.format(t));
            }
        }
        out.flush();
        problems.throwIfAny();
        return ExitCodes.OK;
    }

    /** The files given, and the *.yaml / *.yml files of the folders given. */
    private List<Path> pipelineFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                files.add(source);
                continue;
            }
            try (Stream<Path> list = Files.list(source)) {
                list.filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private Duration duration(String text, String option) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
