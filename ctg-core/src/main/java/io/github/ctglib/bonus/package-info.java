/**
 * The territory bonus (bonus territoire CTG): the rates a CAF supplies as data ({@link
 * io.github.ctglib.bonus.BonusRates}), the calculator that gives, for an equipment and a year, the bonus due and
 * how it was computed ({@link io.github.ctglib.bonus.BonusCalculator}), and the portfolio's view of it — due per
 * convention, per CAF and per year, and at risk where a convention ends without a successor in preparation ({@link
 * io.github.ctglib.bonus.BonusPortfolio}).
 */
package io.github.ctglib.bonus;
