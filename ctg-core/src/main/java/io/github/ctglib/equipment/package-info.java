/**
 * The equipment a CTG concerns (the annex listing the crèches, accueils de loisirs, relais, centres sociaux… of
 * the territory) and what the CAF needs to know of each to pay the territory bonus (bonus territoire): its kind,
 * manager, commune, capacity, prestation de service and funding agreement, the local authority that supports it,
 * its priority zones and the places the bonus counts.
 */
package io.github.ctglib.equipment;
