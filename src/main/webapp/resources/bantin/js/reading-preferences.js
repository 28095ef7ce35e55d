/*
 * Reading preferences without a page load. The server already rendered the page with the reader's
 * choices (from the cookie); this script applies a change as soon as a box is ticked: it sets the
 * classes on <html>, the same cookie the server sets, ticks the same boxes in every copy of the
 * form on the page and says what changed in the form's live region. Without it, the form posts to
 * /tuy-chon and the server does the same.
 */
(function () {
    "use strict";
    var ONE_YEAR = 365 * 24 * 60 * 60;
    var SPACING = { "thuong": "10", "15": "15", "2": "20" };

    function chosen(form) {
        var spacing = form.querySelector('input[name="gian-dong"]:checked');
        return {
            spacing: spacing ? spacing.value : "thuong",
            letters: form.querySelector('input[name="gian-chu"]').checked,
            contrast: form.querySelector('input[name="tuong-phan"]').checked,
            font: form.querySelector('input[name="phong-de-doc"]').checked
        };
    }

    function classes(choice) {
        var list = ["doc"];
        if (choice.spacing !== "thuong") { list.push("gian-dong-" + choice.spacing); }
        if (choice.letters) { list.push("gian-chu"); }
        if (choice.contrast) { list.push("tuong-phan"); }
        if (choice.font) { list.push("phong-de-doc"); }
        return list.join(" ");
    }

    function cookieValue(choice) {
        return SPACING[choice.spacing] + "." + (choice.letters ? 1 : 0) + "." + (choice.contrast ? 1 : 0) + "." + (choice.font ? 1 : 0);
    }

    function show(form, choice) {
        form.querySelectorAll('input[name="gian-dong"]').forEach(function (radio) {
            radio.checked = radio.value === choice.spacing;
        });
        form.querySelector('input[name="gian-chu"]').checked = choice.letters;
        form.querySelector('input[name="tuong-phan"]').checked = choice.contrast;
        form.querySelector('input[name="phong-de-doc"]').checked = choice.font;
    }

    /** "Đã áp dụng: Giãn dòng 1,5; Tương phản cao", from the labels the reader sees. */
    function summary(form, choice) {
        var parts = [];
        var spacing = form.querySelector('input[name="gian-dong"]:checked');
        var legend = form.querySelector("fieldset legend");
        if (spacing) { parts.push(legend.textContent.trim() + " " + form.querySelector('label[for="' + spacing.id + '"]').textContent.trim()); }
        ["gian-chu", "tuong-phan", "phong-de-doc"].forEach(function (name) {
            var box = form.querySelector('input[name="' + name + '"]');
            if (box.checked) { parts.push(form.querySelector('label[for="' + box.id + '"]').textContent.trim()); }
        });
        return form.getAttribute("data-applied").replace("{0}", parts.join("; "));
    }

    function apply(form, choice, forms) {
        document.documentElement.className = classes(choice);
        document.cookie = form.getAttribute("data-cookie") + "=" + cookieValue(choice) + "; path=/; max-age=" + ONE_YEAR + "; SameSite=Lax";
        forms.forEach(function (other) { show(other, choice); });
        form.querySelector('[role="status"]').textContent = summary(form, choice);
    }

    var forms = Array.prototype.slice.call(document.querySelectorAll("form.reading-options-form"));
    forms.forEach(function (form) {
        form.addEventListener("change", function () { apply(form, chosen(form), forms); });
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var reset = event.submitter && event.submitter.value === "mac-dinh";
            apply(form, reset ? { spacing: "thuong", letters: false, contrast: false, font: false } : chosen(form), forms);
        });
    });
}());
