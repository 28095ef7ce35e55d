/**
 * Listening ("Nghe bài viết"): an audio reading of each public bulletin, made on the server in the
 * background by a speech engine (espeak-ng with its Vietnamese voice by default, any command in
 * {@code bantin.speech.command}), kept in the database so every node serves it, and offered on
 * the bulletin page and in the read API. Without an engine nothing is offered.
 */
package vn.bantin.listening;
