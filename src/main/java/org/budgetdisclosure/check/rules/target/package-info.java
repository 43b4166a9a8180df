/**
 * Performance target rules (Family.TARGET): the department's and each project's target table
 * (绩效目标表) against 表1/表3/表7, part 3's project descriptions and the scoring scheme.
 */
package org.budgetdisclosure.check.rules.target;
