/*
 * Playback speed of the bulletin's reading: the choice is shown only when this script runs, and
 * applied to the player at once (and again when the player starts, as some browsers reset it).
 */
(function () {
    "use strict";
    document.querySelectorAll("select[data-player]").forEach(function (select) {
        var player = document.getElementById(select.getAttribute("data-player"));
        if (!player) { return; }
        select.closest("[hidden]").hidden = false;
        function apply() { player.playbackRate = parseFloat(select.value); }
        select.addEventListener("change", apply);
        player.addEventListener("play", apply);
    });
}());
