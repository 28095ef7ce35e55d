package vn.bantin.listening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Turns text into speech by running programs installed on the server. Two kinds:
 * <ul>
 * <li>the default, when {@code bantin.speech.command} is not set: {@code espeak-ng} with its
 * Vietnamese voice, its WAV output compressed to Ogg Opus by {@code opusenc} (Debian packages
 * espeak-ng and opus-tools); WAV as it is when opusenc is missing;</li>
 * <li>any command given in {@code bantin.speech.command}, with {@code {text}} (a UTF-8 text file to
 * read) and {@code {audio}} (the file to write) in its arguments, its output's media type in
 * {@code bantin.speech.type} (audio/ogg by default). "off" turns listening off.</li>
 * </ul>
 * A program that is not there means no engine: bulletins are then offered without audio.
 */
public final class SpeechEngine {

    static final long TIMEOUT_SECONDS = 300;

    private final List<List<String>> steps;
    private final String mediaType;
    private final String name;

    private SpeechEngine(List<List<String>> steps, String mediaType, String name) {
        this.steps = steps;
        this.mediaType = mediaType;
        this.name = name;
    }

    /**
     * The engine the settings and the programs on {@code path} (the PATH variable's directories)
     * give, if any.
     */
    public static Optional<SpeechEngine> find(Optional<String> command, Optional<String> type, String path) {
        Function<String, Optional<Path>> program = executable -> onPath(executable, path);
        if (command.isPresent()) {
            String configured = command.get().strip();
            if (configured.equalsIgnoreCase("off")) {
                return Optional.empty();
            }
            List<String> words = Arrays.asList(configured.split("\\s+"));
            if (program.apply(words.get(0)).isEmpty() || !configured.contains("{audio}")) {
                return Optional.empty();
            }
            return Optional.of(new SpeechEngine(List.of(words), type.orElse("audio/ogg"), configured));
        }
        Optional<Path> espeak = program.apply("espeak-ng");
        if (espeak.isEmpty()) {
            return Optional.empty();
        }
        List<String> speak = List.of(espeak.get().toString(), "-v", "vi", "-s", "150", "-f", "{text}", "-w", "{wav}");
        Optional<Path> opusenc = program.apply("opusenc");
        if (opusenc.isEmpty()) {
            return Optional.of(new SpeechEngine(List.of(rename(speak, "{wav}", "{audio}")), "audio/wav", "espeak-ng vi"));
        }
        List<String> compress = List.of(opusenc.get().toString(), "--quiet", "--bitrate", "24", "--downmix-mono",
                "{wav}", "{audio}");
        return Optional.of(new SpeechEngine(List.of(speak, compress), "audio/ogg", "espeak-ng vi, opusenc 24k"));
    }

    private static List<String> rename(List<String> words, String from, String to) {
        return words.stream().map(w -> w.equals(from) ? to : w).toList();
    }

    /** A program by name or path, if it is there and may be run. */
    static Optional<Path> onPath(String executable, String path) {
        if (executable.contains("/")) {
            Path given = Path.of(executable);
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, executable);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    /** Names the engine and its settings: a reading made by another engine is made again. */
    public String name() {
        return name;
    }

    /** The spoken text as audio in {@link #mediaType()}. */
    public byte[] speak(String text) throws IOException {
        Path work = Files.createTempDirectory("bantin-speech");
        try {
            Path textFile = work.resolve("text.txt");
            Files.writeString(textFile, text, StandardCharsets.UTF_8);
            Path wav = work.resolve("speech.wav");
            Path audio = work.resolve("speech.audio");
            for (List<String> step : steps) {
                List<String> command = new ArrayList<>();
                for (String word : step) {
                    command.add(word.replace("{text}", textFile.toString()).replace("{wav}", wav.toString())
                            .replace("{audio}", audio.toString()));
                }
                run(command, work);
            }
            return Files.readAllBytes(audio);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(List<String> command, Path work) throws IOException {
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("output.log").toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " took longer than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            String output = Files.readString(work.resolve("output.log"), StandardCharsets.UTF_8);
            throw new IOException(command.get(0) + " ended with " + process.exitValue() + ": "
                    + output.substring(0, Math.min(500, output.length())));
        }
    }
}
