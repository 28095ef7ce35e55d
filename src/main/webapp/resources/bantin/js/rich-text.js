/*
 * Visual editing of a bulletin body. The textarea stays the form field: without JavaScript an
 * editor writes HTML in it. With JavaScript a Quill editor (shipped with PrimeFaces) is put in
 * front of it, with a toolbar of buttons that carry visible names, and every change is written
 * back into the textarea as plain semantic HTML (h2-h4, p, ul/ol, strong/em, a, blockquote),
 * which the server sanitises on save as it does any other input.
 *
 * Keyboard: the toolbar is one tab stop (arrow keys, Home and End move between its buttons, as
 * for any ARIA toolbar); Tab in the text moves on to the next field instead of inserting a tab
 * character, so the editor never traps the keyboard. "Edit HTML" swaps the editor for the
 * textarea; a body with a table opens that way, since the editor would flatten the table.
 */
(function () {
    "use strict";

    var FORMATS = ["header", "bold", "italic", "link", "list", "blockquote"];
    var SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;

    function enhance(textarea) {
        var name = textarea.getAttribute("data-rich-text");
        var toolbar = document.getElementById(name + "-toolbar");
        var host = document.getElementById(name + "-editor");
        var tableNote = document.getElementById(name + "-table-note");
        if (!toolbar || !host || typeof Quill === "undefined") { return; }

        var quill = new Quill(host, {
            formats: FORMATS,
            modules: { toolbar: { container: toolbar, handlers: { link: askForLink } } }
        });
        dropTabBindings(quill);
        describeTextbox(quill.root, textarea, name);

        var source = toolbar.querySelector(".rich-source");
        var formatButtons = Array.prototype.filter.call(toolbar.querySelectorAll("button"),
            function (b) { return b !== source; });

        function writeBack() {
            textarea.value = quill.getText().trim() === "" ? "" : semanticHtml(quill);
        }

        function showSource(on) {
            source.setAttribute("aria-pressed", on ? "true" : "false");
            formatButtons.forEach(function (b) { b.disabled = on; });
            if (on) {
                host.hidden = true;
                textarea.hidden = false;
            } else {
                quill.setContents([]);
                quill.clipboard.dangerouslyPasteHTML(0, textarea.value, "silent");
                quill.history.clear();
                textarea.hidden = true;
                host.hidden = false;
            }
            rovingTabIndex(toolbar, on ? source : formatButtons[0]);
        }

        function askForLink(value) {
            if (!value) { this.quill.format("link", false, "user"); return; }
            var linkButton = toolbar.querySelector(".ql-link");
            var current = this.quill.getFormat().link || "https://";
            var answer = window.prompt(linkButton.getAttribute("data-prompt"), current);
            if (answer === null) { return; }
            answer = answer.trim();
            if (answer === "") { this.quill.format("link", false, "user"); return; }
            if (!SAFE_LINK.test(answer)) { window.alert(linkButton.getAttribute("data-invalid")); return; }
            this.quill.format("link", answer, "user");
        }

        // Every change the editor makes is written back at once, so the textarea is always what
        // will be sent; a body nobody touched is sent exactly as it was loaded.
        quill.on("text-change", writeBack);
        source.addEventListener("click", function () {
            showSource(source.getAttribute("aria-pressed") !== "true");
            (source.getAttribute("aria-pressed") === "true" ? textarea : quill).focus();
        });
        var label = document.getElementById(name + "-label");
        if (label) {
            label.addEventListener("click", function (event) {
                if (!host.hidden) { event.preventDefault(); quill.focus(); }
            });
        }
        // The error summary links to the field; while the visual editor stands in for it, go there.
        document.querySelectorAll('a[href="#' + name + '"]').forEach(function (link) {
            link.addEventListener("click", function (event) {
                if (!host.hidden) { event.preventDefault(); quill.focus(); }
            });
        });
        toolbar.addEventListener("keydown", function (event) { moveInToolbar(toolbar, event); });
        toolbar.addEventListener("click", function (event) {
            var button = event.target.closest("button");
            if (button && !button.disabled) { rovingTabIndex(toolbar, button); }
        });

        toolbar.hidden = false;
        var hasTable = /<table[\s>]/i.test(textarea.value);
        if (tableNote) { tableNote.hidden = !hasTable; }
        showSource(hasTable);
    }

    /* Quill 2 writes non-breaking spaces for every space; the public page wants ordinary ones. */
    function semanticHtml(quill) {
        return quill.getSemanticHTML().replace(/&nbsp;/g, " ").replace(/\u00a0/g, " ");
    }

    /* Tab and Shift+Tab belong to the browser: they move between fields. */
    function dropTabBindings(quill) {
        ["Tab", 9].forEach(function (key) { delete quill.keyboard.bindings[key]; });
    }

    /* The editable area is announced as a multi-line text box with the field's label and hint. */
    function describeTextbox(root, textarea, name) {
        root.setAttribute("role", "textbox");
        root.setAttribute("aria-multiline", "true");
        root.setAttribute("aria-labelledby", name + "-label");
        root.id = name + "-text";
        ["aria-describedby", "aria-invalid"].forEach(function (attribute) {
            var value = textarea.getAttribute(attribute);
            if (value) { root.setAttribute(attribute, value.trim()); }
        });
    }

    function enabledButtons(toolbar) {
        return Array.prototype.filter.call(toolbar.querySelectorAll("button"),
            function (b) { return !b.disabled; });
    }

    function rovingTabIndex(toolbar, current) {
        enabledButtons(toolbar).forEach(function (b) { b.tabIndex = b === current ? 0 : -1; });
    }

    function moveInToolbar(toolbar, event) {
        var buttons = enabledButtons(toolbar);
        var index = buttons.indexOf(document.activeElement);
        if (index < 0) { return; }
        var next;
        switch (event.key) {
            case "ArrowRight": next = buttons[(index + 1) % buttons.length]; break;
            case "ArrowLeft": next = buttons[(index - 1 + buttons.length) % buttons.length]; break;
            case "Home": next = buttons[0]; break;
            case "End": next = buttons[buttons.length - 1]; break;
            default: return;
        }
        event.preventDefault();
        rovingTabIndex(toolbar, next);
        next.focus();
    }

    function start() {
        document.querySelectorAll("textarea[data-rich-text]").forEach(enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
