/**
 * Renderers: one Disclosure, many output formats, each writing to a stream and never computing.
 */
package org.budgetdisclosure.render;
