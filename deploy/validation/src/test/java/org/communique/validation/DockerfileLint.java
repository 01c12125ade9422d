package org.communique.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hadolint rules that matter for these images (hadolint itself is a native binary that no registry here
 * ships): DL3006/DL3007 base images with an explicit tag that is not "latest"; DL3020 COPY rather than ADD;
 * DL3025 ENTRYPOINT and CMD in exec (JSON) form; DL3000 absolute WORKDIR; DL3002 the last USER is not root;
 * DL3022 COPY --from names a stage defined earlier; plus this project's: the runtime stage runs as uid 185
 * and the build happens in a named earlier stage.
 */
final class DockerfileLint {

    private static final Pattern FROM = Pattern.compile("(?i)^FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    private static final Pattern COPY_FROM = Pattern.compile("(?i)^COPY\\s+.*--from=(\\S+)");

    private DockerfileLint() {
    }

    static List<String> lint(String dockerfile) {
        List<String> problems = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        List<String> args = new ArrayList<>();
        String lastUser = null;
        int stageCount = 0;
        boolean copiesFromStage = false;
        for (String line : logicalLines(dockerfile)) {
            String instruction = line.split("\\s+", 2)[0].toUpperCase();
            String rest = line.contains(" ") ? line.substring(line.indexOf(' ') + 1).trim() : "";
            switch (instruction) {
                case "ARG" -> args.add(rest.split("=", 2)[0]);
                case "FROM" -> {
                    Matcher from = FROM.matcher(line);
                    if (!from.matches()) {
                        problems.add("unreadable FROM: " + line);
                        break;
                    }
                    stageCount++;
                    lastUser = null;
                    String image = from.group(1);
                    if (!stages.contains(image) && !image.startsWith("$")) {
                        String afterSlash = image.substring(image.lastIndexOf('/') + 1);
                        if (!afterSlash.contains(":") && !image.contains("@")) {
                            problems.add("DL3006 base image without a tag: " + image);
                        } else if (afterSlash.endsWith(":latest")) {
                            problems.add("DL3007 base image tagged latest: " + image);
                        }
                    }
                    if (from.group(2) != null) {
                        stages.add(from.group(2));
                    }
                }
                case "ADD" -> problems.add("DL3020 use COPY instead of ADD: " + line);
                case "ENTRYPOINT", "CMD" -> {
                    if (!rest.startsWith("[")) {
                        problems.add("DL3025 use the exec (JSON) form: " + line);
                    }
                }
                case "WORKDIR" -> {
                    if (!rest.startsWith("/") && !rest.startsWith("$")) {
                        problems.add("DL3000 WORKDIR must be absolute: " + line);
                    }
                }
                case "USER" -> lastUser = rest;
                case "COPY" -> {
                    Matcher copy = COPY_FROM.matcher(line);
                    if (copy.find()) {
                        copiesFromStage = true;
                        if (!stages.contains(copy.group(1))) {
                            problems.add("DL3022 COPY --from names no earlier stage: " + line);
                        }
                    }
                }
                default -> {
                    // other instructions have no rule here
                }
            }
        }
        if (lastUser == null || lastUser.startsWith("root") || lastUser.equals("0") || lastUser.startsWith("0:")) {
            problems.add("DL3002 the runtime stage must switch to a non-root USER");
        } else if (!lastUser.equals("185") && !lastUser.startsWith("185:")) {
            problems.add("the runtime stage runs as " + lastUser + ", not uid 185");
        }
        if (stageCount < 2 || !copiesFromStage) {
            problems.add("not a multi-stage build: the runtime stage must copy from a build stage");
        }
        return problems;
    }

    /** Instructions with continuation lines joined; comments and blank lines dropped. */
    private static List<String> logicalLines(String dockerfile) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : dockerfile.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            lines.add(current.toString().trim());
            current.setLength(0);
        }
        return lines;
    }
}
