/**
 * Business validation after mapping: {@link org.borderedi.gateway.rules.BusinessValidation} holds a canonical
 * {@link org.borderedi.gateway.model.Filing} to the {@link org.borderedi.gateway.rules.RulePack}s of its programmes
 * (or of its mode) and returns {@link org.borderedi.gateway.rules.BusinessFinding}s for the business acknowledgment,
 * each naming its bill, its canonical field, its source and the bad value.
 *
 * <p>Rules are data: most are rows of two tables, a value each bill must carry ({@code RequiredValue}) and a shape
 * a given value must have ({@code ValueFormat}); the rest are one small class each. The rule codes per pack are
 * listed in {@code mappings/rules/README.md}.
 */
package org.borderedi.gateway.rules;
