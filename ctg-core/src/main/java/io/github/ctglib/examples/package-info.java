/**
 * Worked examples built with the public API: the CTG of Frontignan that started the project. Used by the
 * demo, the documentation and the tests; an integrator can read them as a model of a real convention.
 */
package io.github.ctglib.examples;
