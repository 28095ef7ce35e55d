package vn.bantin.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * {@code config/import.sh}: sends a folder of bulletins (one JSON file each, in the write API's
 * shape, images inline or beside them) to a portal's import endpoint, one request per bulletin.
 *
 * <p>It can be run again at any time: the portal recognises each bulletin by its slug and skips
 * what has not changed since the last import, so a second run changes nothing and a run that was
 * interrupted is finished by running it again. A bad item is reported and the run goes on. Every
 * item's outcome goes to a CSV report as it is known, so a report survives an interruption too.
 *
 * <p>Credentials come from the environment, never the command line (where other users of the
 * machine could read them): {@code BANTIN_IMPORT_TOKEN} (an API token), or {@code --user NAME}
 * with {@code BANTIN_IMPORT_PASSWORD}.
 */
public final class ImportCommand {

    /** What happened to one item, as the report and the summary name it. */
    enum Outcome {
        CREATED, UPDATED, SKIPPED, VALID, FAILED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String USAGE = """
            usage: bash config/import.sh --portal URL [--user NAME] [--dry-run] [--sections create|refuse]
                                         [--report FILE] DIR
              DIR          a folder of bulletins, one .json file each (sub-folders too), images beside them
              --portal     the portal's address, e.g. https://tintuc.example.gov.vn
              --user       an EDITOR or ADMIN account; its password in BANTIN_IMPORT_PASSWORD
                           (without --user, an API token in BANTIN_IMPORT_TOKEN)
              --dry-run    check every item and report what would be done; write nothing
              --sections   create sections the portal does not have (default), or refuse those items
              --report     the CSV report (default: import-report.csv in the current folder)
            """;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A portal busy decoding pictures answers 503; it is asked again, this many times at most. */
    private static final int ATTEMPTS = 8;

    private final URI endpoint;
    private final String authorization;
    private final Path folder;
    private final Path report;
    private final PrintStream progress;
    private final boolean dryRun;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    ImportCommand(URI portal, String authorization, Path folder, Path report, boolean dryRun, boolean createSections,
            PrintStream progress) {
        String base = portal.toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/api/v1/imports?sections=" + (createSections ? "create" : "refuse")
                + (dryRun ? "&dryRun=true" : ""));
        this.authorization = authorization;
        this.folder = folder;
        this.report = report;
        this.dryRun = dryRun;
        this.progress = progress;
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.getenv(), System.err));
        } catch (UsageError usage) {
            System.err.println("import.sh: " + usage.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    /** Runs the command; answers its exit status: 0 when every item went in, 1 when some failed. */
    static int run(String[] args, Map<String, String> environment, PrintStream out) {
        String portal = null;
        String user = null;
        String report = "import-report.csv";
        String folder = null;
        boolean dryRun = false;
        boolean createSections = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--portal" -> portal = value(args, ++i, "--portal");
                case "--user" -> user = value(args, ++i, "--user");
                case "--report" -> report = value(args, ++i, "--report");
                case "--dry-run" -> dryRun = true;
                case "--sections" -> {
                    String choice = value(args, ++i, "--sections");
                    if (!choice.equals("create") && !choice.equals("refuse")) {
                        throw new UsageError("--sections is create or refuse, not " + choice);
                    }
                    createSections = choice.equals("create");
                }
                case "--password", "--token" -> throw new UsageError(args[i] + " is not taken on the command line,"
                        + " where other users of this machine can read it: set BANTIN_IMPORT_PASSWORD or BANTIN_IMPORT_TOKEN");
                default -> {
                    if (args[i].startsWith("--") || folder != null) {
                        throw new UsageError("unexpected " + args[i]);
                    }
                    folder = args[i];
                }
            }
        }
        if (portal == null || folder == null) {
            throw new UsageError("--portal and the folder are required");
        }
        URI portalUri;
        try {
            portalUri = URI.create(portal);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--portal is not an address: " + portal);
        }
        if (!"http".equals(portalUri.getScheme()) && !"https".equals(portalUri.getScheme())) {
            throw new UsageError("--portal must start with http:// or https://");
        }
        if ("http".equals(portalUri.getScheme()) && !isLoopback(portalUri.getHost())) {
            out.println("import.sh: warning: " + portal + " is plain HTTP: the token or password crosses the network"
                    + " unencrypted; use https:// for a portal on another machine");
        }
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            throw new UsageError("no folder " + folder);
        }
        return new ImportCommand(portalUri, authorization(user, environment), dir, Path.of(report), dryRun,
                createSections, out).run();
    }

    /** This machine: plain HTTP never leaves it. */
    static boolean isLoopback(String host) {
        return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1"));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageError(option + " needs a value");
        }
        return args[i];
    }

    private static String authorization(String user, Map<String, String> environment) {
        if (user != null) {
            String password = environment.get("BANTIN_IMPORT_PASSWORD");
            if (password == null || password.isEmpty()) {
                throw new UsageError("--user needs the password in BANTIN_IMPORT_PASSWORD");
            }
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
        String token = environment.get("BANTIN_IMPORT_TOKEN");
        if (token == null || token.isBlank()) {
            throw new UsageError("give --user NAME (password in BANTIN_IMPORT_PASSWORD) or an API token in BANTIN_IMPORT_TOKEN");
        }
        return "Bearer " + token.strip();
    }

    /** A mistake in how the command was called. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    int run() {
        List<Path> files;
        try (Stream<Path> found = Files.walk(folder)) {
            files = found.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UsageError("cannot read " + folder + ": " + e.getMessage());
        }
        progress.printf("Importing %d bulletins from %s into %s%s%n", files.size(), folder,
                endpoint.resolve("/"), dryRun ? " (dry run: nothing is written)" : "");
        try (Writer csv = Files.newBufferedWriter(report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            csv.write("file,slug,outcome,reason\n");
            csv.flush();
            int done = 0;
            for (Path file : files) {
                Result result;
                try {
                    result = importOne(file);
                } catch (CredentialsRefused refused) {
                    write(csv, file, refused.result);
                    progress.println();
                    progress.println("import.sh: the portal refused the credentials, so the run stops: " + refused.getMessage());
                    return 1;
                }
                counts.merge(result.outcome(), 1, Integer::sum);
                write(csv, file, result);
                showProgress(++done, files.size());
            }
        } catch (IOException e) {
            progress.println();
            progress.println("import.sh: cannot write the report " + report + ": " + e.getMessage());
            return 1;
        }
        progress.println();
        progress.printf("Done: %s. Report: %s%n", summary(), report.toAbsolutePath());
        return counts.getOrDefault(Outcome.FAILED, 0) == 0 ? 0 : 1;
    }

    private void write(Writer csv, Path file, Result result) throws IOException {
        csv.write(String.join(",", csv(folder.relativize(file).toString()), csv(result.slug()),
                result.outcome().label(), csv(result.reason())) + "\n");
        csv.flush();
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            if (counts.containsKey(outcome)) {
                parts.add(counts.get(outcome) + " " + outcome.label());
            }
        }
        return parts.isEmpty() ? "nothing to import" : String.join(", ", parts);
    }

    /** A bar on a terminal (redrawn in place), a line every 25 items otherwise (a log, a CI run). */
    private void showProgress(int done, int total) {
        boolean terminal = System.console() != null && progress == System.err;
        if (!terminal && done % 25 != 0 && done != total) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        String line = String.format("[%s] %d/%d  %s", bar, done, total, summary());
        if (terminal) {
            progress.print("\r" + line);
        } else {
            progress.println(line);
        }
    }

    record Result(String slug, Outcome outcome, String reason) {
    }

    /** The portal refused the account or token: no item will do better. */
    static final class CredentialsRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        CredentialsRefused(Result result) {
            super(result.reason());
            this.result = result;
        }
    }

    private Result importOne(Path file) {
        String slug = "";
        try {
            JsonObject bulletin = read(file);
            slug = bulletin.get("slug") instanceof JsonString s ? s.getString() : "";
            return send(withImages(bulletin, file.getParent()), slug);
        } catch (ItemProblem problem) {
            return new Result(slug, Outcome.FAILED, problem.getMessage());
        }
    }

    /** Why one item could not be sent; the run goes on with the next. */
    static final class ItemProblem extends Exception {
        private static final long serialVersionUID = 1L;

        ItemProblem(String message) {
            super(message);
        }
    }

    /** The file's JSON object; without a slug, one made from the file's name when that is slug-shaped. */
    private static JsonObject read(Path file) throws ItemProblem {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        } catch (IOException e) {
            throw new ItemProblem("cannot read the file: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new ItemProblem("not a JSON object: " + e.getMessage());
        }
        if (!json.containsKey("slug")) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".json".length());
            if (!SLUG.matcher(stem).matches()) {
                throw new ItemProblem("no slug, and the file name is not one (lower case, digits and hyphens)");
            }
            json = Json.createObjectBuilder(json).add("slug", stem).build();
        }
        return json;
    }

    /**
     * Figures given as {@code "file": "anh-1.jpg"} get the file's bytes as {@code data}. Only files
     * in the bulletin's own folder or below it are read: "../../etc/passwd" is refused.
     */
    private static JsonObject withImages(JsonObject bulletin, Path dir) throws ItemProblem {
        JsonValue figures = bulletin.get("figures");
        if (figures == null || figures.getValueType() != JsonValue.ValueType.ARRAY) {
            return bulletin;
        }
        JsonArrayBuilder inlined = Json.createArrayBuilder();
        int i = 0;
        for (JsonValue figure : figures.asJsonArray()) {
            if (figure.getValueType() == JsonValue.ValueType.OBJECT && figure.asJsonObject().get("file") instanceof JsonString name) {
                Path image = dir.resolve(name.getString()).normalize();
                if (!image.startsWith(dir.normalize()) || !Files.isRegularFile(image)) {
                    throw new ItemProblem("figures[" + i + "].file: no image " + name.getString() + " beside the bulletin");
                }
                try {
                    JsonObjectBuilder withData = Json.createObjectBuilder(figure.asJsonObject()).remove("file")
                            .add("data", Base64.getEncoder().encodeToString(Files.readAllBytes(image)));
                    inlined.add(withData);
                } catch (IOException e) {
                    throw new ItemProblem("figures[" + i + "].file: cannot read " + image + ": " + e.getMessage());
                }
            } else {
                inlined.add(figure);
            }
            i++;
        }
        return Json.createObjectBuilder(bulletin).add("figures", inlined).build();
    }

    private Result send(JsonObject bulletin, String slug) {
        String body = bulletin.toString();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> answer;
            try {
                answer = http.send(HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofMinutes(2))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Accept", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException | HttpTimeoutException e) {
                if (attempt < ATTEMPTS) {
                    pause(attempt, null);
                    continue;
                }
                return new Result(slug, Outcome.FAILED, "the portal did not answer: " + e);
            } catch (IOException e) {
                return new Result(slug, Outcome.FAILED, "the portal did not answer: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(slug, Outcome.FAILED, "interrupted");
            }
            int status = answer.statusCode();
            if ((status == 503 || status == 429) && attempt < ATTEMPTS) {
                pause(attempt, answer.headers().firstValue("Retry-After").orElse(null));
                continue;
            }
            if (status == 401 || status == 403) {
                // Every further item would be refused the same way: the run stops here.
                throw new CredentialsRefused(new Result(slug, Outcome.FAILED, status + " " + reason(answer.body())));
            }
            if (status == 200 || status == 201) {
                JsonObject done = parse(answer.body());
                String outcome = done == null ? null : done.getString("outcome", null);
                String answeredSlug = done == null ? slug : done.getString("slug", slug);
                if (dryRun) {
                    return new Result(answeredSlug, Outcome.VALID, outcome == null ? "" : "would be " + outcome);
                }
                for (Outcome known : Outcome.values()) {
                    if (known.label().equals(outcome)) {
                        return new Result(answeredSlug, known, "");
                    }
                }
                return new Result(answeredSlug, Outcome.FAILED, "unexpected answer: " + answer.body());
            }
            return new Result(slug, Outcome.FAILED, status + " " + reason(answer.body()));
        }
    }

    /** Retry-After when the portal gave one (capped at a minute), else 1, 2, 4... seconds. */
    private static void pause(int attempt, String retryAfter) {
        long seconds;
        try {
            seconds = retryAfter == null ? 1L << Math.min(attempt - 1, 5) : Math.min(60, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException e) {
            seconds = 5;
        }
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(1, seconds)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The portal's own words: its problem's detail and every field's message. */
    private static String reason(String body) {
        JsonObject problem = parse(body);
        if (problem == null) {
            return body.length() > 300 ? body.substring(0, 300) + "..." : body;
        }
        StringBuilder reason = new StringBuilder(problem.getString("detail", problem.getString("title", "")));
        if (problem.get("errors") instanceof jakarta.json.JsonArray errors) {
            for (JsonValue error : errors) {
                if (error.getValueType() == JsonValue.ValueType.OBJECT) {
                    reason.append(" ").append(error.asJsonObject().getString("field", "")).append(": ")
                            .append(error.asJsonObject().getString("detail", ""));
                }
            }
        }
        return reason.toString().strip();
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String flat = value.replace("\r", " ").replace("\n", " ");
        return flat.contains(",") || flat.contains("\"") ? "\"" + flat.replace("\"", "\"\"") + "\"" : flat;
    }
}
