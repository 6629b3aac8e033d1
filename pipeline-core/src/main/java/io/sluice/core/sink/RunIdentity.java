package io.sluice.core.sink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run's output depends on: the pipeline's hash and its input files' fingerprints. A manifest records it;
 * resuming is refused when the current identity differs.
 *
 * <pre>{@code identity.differenceFrom(recorded).ifPresent(why -> fail("cannot resume: " + why));}</pre>
 *
 * @param pipelineHash SHA-256 of the pipeline's settings, hex
 * @param inputs the input files' fingerprints
 */
public record RunIdentity(String pipelineHash, List<InputFingerprint> inputs) {

    /** Copies the inputs. */
    public RunIdentity {
        inputs = List.copyOf(inputs);
    }

    /** Why a run with this identity cannot continue the one recorded as {@code earlier}; empty when it can. */
    public Optional<String> differenceFrom(RunIdentity earlier) {
        if (!pipelineHash.equals(earlier.pipelineHash)) {
            return Optional.of("the pipeline changed since the interrupted run (hash " + shortHash(earlier.pipelineHash)
                    + " -> " + shortHash(pipelineHash) + ")");
        }
        Map<String, InputFingerprint> before = new HashMap<>();
        earlier.inputs.forEach(f -> before.put(f.file(), f));
        for (InputFingerprint now : inputs) {
            InputFingerprint then = before.remove(now.file());
            if (then == null) {
                return Optional.of("the input " + now.file() + " was not an input of the interrupted run");
            }
            String change = now.differenceFrom(then);
            if (!change.isEmpty()) {
                return Optional.of("the input " + change + " since the interrupted run");
            }
        }
        if (!before.isEmpty()) {
            return Optional.of("the input " + before.keySet().iterator().next() + " of the interrupted run is no"
                    + " longer an input");
        }
        return Optional.empty();
    }

    private static String shortHash(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
