/*
 * Says out loud what a table's paging or sorting just did. PrimeFaces redraws the table by ajax,
 * which screen readers do not announce; after each redraw this writes what changed ("Đã sắp xếp
 * theo Tiêu đề, tăng dần", then the page) into a polite live region that stays in place.
 *
 * It also mends PrimeFaces' Vietnamese labels for the pager, whose page buttons would otherwise be
 * named "Trang {trang}": the translation renamed the {page} placeholder that PrimeFaces fills in.
 */
(function () {
    "use strict";

    var vietnamese = window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi;
    if (vietnamese && vietnamese.aria) {
        vietnamese.aria.pageLabel = "Trang {page}";
    }

    /** Page buttons drawn before the label was mended are named after their number. */
    function namePageButtons() {
        document.querySelectorAll(".ui-paginator-page").forEach(function (button) {
            var label = button.getAttribute("aria-label") || "";
            if (label.indexOf("{") >= 0) {
                button.setAttribute("aria-label", label.replace(/\{[^}]*\}/, button.textContent.trim()));
            }
        });
    }

    function sortText(table, status) {
        var sorted = table.querySelector("th[aria-sort='ascending'], th[aria-sort='descending']");
        if (!sorted) { return ""; }
        var title = sorted.querySelector(".ui-column-title");
        var name = (title ? title.textContent : sorted.textContent).trim();
        var order = sorted.getAttribute("aria-sort") === "ascending"
            ? status.getAttribute("data-ascending") : status.getAttribute("data-descending");
        return status.getAttribute("data-sorted").replace("{0}", name).replace("{1}", order);
    }

    function pageText(table) {
        var report = table.querySelector(".ui-paginator-current");
        return report ? report.textContent.trim() : "";
    }

    var last = {};

    function remember() {
        document.querySelectorAll("[data-table-status]").forEach(function (status) {
            var id = status.getAttribute("data-table-status");
            var table = document.getElementById(id);
            if (table) { last[id] = { sort: sortText(table, status), page: pageText(table) }; }
        });
    }

    function announce() {
        namePageButtons();
        document.querySelectorAll("[data-table-status]").forEach(function (status) {
            var id = status.getAttribute("data-table-status");
            var table = document.getElementById(id);
            if (!table) { return; }
            var now = { sort: sortText(table, status), page: pageText(table) };
            var before = last[id] || {};
            var parts = [];
            if (now.sort && now.sort !== before.sort) { parts.push(now.sort); }
            if (now.page && (now.page !== before.page || parts.length === 0)) { parts.push(now.page); }
            last[id] = now;
            status.textContent = parts.join(". ");
        });
    }

    namePageButtons();
    remember();
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", announce);
        window.jQuery(function () { namePageButtons(); remember(); });
    }
}());
