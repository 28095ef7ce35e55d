package vn.bantin.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StartupStepsTest {

    @Test
    void a_failing_step_is_named_and_the_steps_after_it_still_run() {
        List<String> ran = new ArrayList<>();
        StartupSteps steps = new StartupSteps();
        steps.run("admin account", () -> ran.add("admin account"));
        steps.run("demo content", () -> {
            throw new IllegalStateException("demo content is broken");
        });
        steps.run("search index", () -> ran.add("search index"));
        assertEquals(List.of("admin account", "search index"), ran);
        assertEquals(List.of("demo content"), steps.failed());
    }
}
