package cn.yinling.hotline.cases.performance;

/**
 * One row of the assessment page and its export: a worker (with their provider) or a provider.
 *
 * @param number       the worker's number (null for a provider)
 * @param providerId   the worker's provider, or the provider itself
 * @param providerName its name
 */
public record FigureLine(SubjectKind kind, long id, String name, String number, long providerId, String providerName,
        Figures figures) {
}
