/*
 * Text size without a page load. The server already rendered the page at the reader's size (from
 * the cookie), so this script only handles changes: it sets the same cookie the server sets,
 * resizes the page and announces the new size in the form's live region. Without this script,
 * the form posts to /co-chu and the server does the same.
 */
(function () {
    "use strict";
    var ONE_YEAR = 365 * 24 * 60 * 60;

    function currentSize(steps) {
        var value = parseInt(document.documentElement.getAttribute("data-text-size"), 10);
        return steps.indexOf(value) >= 0 ? value : steps[0];
    }

    function nextSize(change, size, steps) {
        var i = steps.indexOf(size);
        if (change === "tang") { return steps[Math.min(i + 1, steps.length - 1)]; }
        if (change === "giam") { return steps[Math.max(i - 1, 0)]; }
        return steps[0];
    }

    function apply(form, size, steps) {
        document.documentElement.setAttribute("data-text-size", String(size));
        document.cookie = form.getAttribute("data-cookie") + "=" + size + "; path=/; max-age=" + ONE_YEAR + "; SameSite=Lax";
        var smaller = form.querySelector('button[value="giam"]');
        var larger = form.querySelector('button[value="tang"]');
        smaller.setAttribute("aria-disabled", String(size === steps[0]));
        larger.setAttribute("aria-disabled", String(size === steps[steps.length - 1]));
        var status = form.querySelector('[role="status"]');
        status.textContent = form.getAttribute("data-status-template").replace("{0}", String(size));
    }

    document.querySelectorAll("form.text-size").forEach(function (form) {
        var steps = form.getAttribute("data-steps").split(",").map(function (s) { return parseInt(s, 10); });
        form.addEventListener("submit", function (event) {
            var button = event.submitter;
            if (!button || !button.value) { return; }
            event.preventDefault();
            apply(form, nextSize(button.value, currentSize(steps), steps), steps);
        });
    });

    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });
}());
