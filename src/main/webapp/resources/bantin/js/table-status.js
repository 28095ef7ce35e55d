/*
 * Says out loud what a table's paging or sorting just did. PrimeFaces redraws the table by ajax,
 * which screen readers do not announce; after each redraw this writes the current page and sort
 * into a polite live region that stays in place.
 */
(function () {
    "use strict";

    function announce() {
        document.querySelectorAll("[data-table-status]").forEach(function (status) {
            var table = document.getElementById(status.getAttribute("data-table-status"));
            if (!table) { return; }
            var parts = [];
            var report = table.querySelector(".ui-paginator-current");
            if (report) { parts.push(report.textContent.trim()); }
            var sorted = table.querySelector("th[aria-sort='ascending'], th[aria-sort='descending']");
            if (sorted) {
                var name = sorted.getAttribute("aria-label") || sorted.textContent.trim();
                var order = sorted.getAttribute("aria-sort") === "ascending"
                    ? status.getAttribute("data-ascending") : status.getAttribute("data-descending");
                parts.push(status.getAttribute("data-sorted").replace("{0}", name).replace("{1}", order));
            }
            status.textContent = parts.join(". ");
        });
    }

    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", announce);
    }
}());
