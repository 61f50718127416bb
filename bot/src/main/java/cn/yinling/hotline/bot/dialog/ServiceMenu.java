package cn.yinling.hotline.bot.dialog;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.catalog.ServiceItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog's services as a keypad menu: at most {@value #MAX_CHOICES} choices a level, so an elder
 * can hold them in mind, and every service reachable by keys. Nothing here names a service: the
 * menu is derived from the services it is given, in their order (the elder's most booked first,
 * then the catalog's order), grouped by their catalog category.
 *
 * <p>A level lists the services themselves when there are four at most. Otherwise each category
 * is one choice (a category with a single service is that service), and when there are more than
 * four categories, the first three stay and the rest are one choice, "其他服务", a level of its own
 * built the same way; a single category with more than four services shows three and "其他服务".
 * Choosing a group re-builds the level from the services of that group, which the choice carries
 * ({@code services:<code>,<code>…}), so the next level needs nothing remembered but the choice.
 *
 * <p>Four choices a level reach sixteen services in two presses, and the catalog has nineteen: with
 * seven categories the last four share "其他服务", where a single-service category is one press
 * and a larger one a third press (精神慰藉, 代办服务 while nobody has booked them). The elder's
 * usual services come first, so the services an elder books are the ones at the front.
 */
final class ServiceMenu {

    static final int MAX_CHOICES = 4;
    static final String SERVICE = "service:";
    static final String SERVICES = "services:";

    /** One choice of a level: a service, or a group of services with its own level. */
    record Choice(String label, String value) {

        boolean isGroup() {
            return value.startsWith(SERVICES);
        }
    }

    private ServiceMenu() {
    }

    /**
     * The choices of the level that offers {@code services} (in the order given).
     *
     * @param categoryLabel the name of a category's group ("家政服务")
     * @param otherLabel    the name of the group of the rest ("其他服务")
     */
    static List<Choice> level(List<ServiceItem> services, Function<ServiceCategory, String> categoryLabel, String otherLabel) {
        if (services.size() <= MAX_CHOICES) {
            return services.stream().map(ServiceMenu::leaf).toList();
        }
        Map<ServiceCategory, List<ServiceItem>> byCategory = services.stream()
                .collect(Collectors.groupingBy(ServiceItem::getCategory, LinkedHashMap::new, Collectors.toList()));
        List<Choice> choices = new ArrayList<>();
        if (byCategory.size() == 1) {
            services.subList(0, MAX_CHOICES - 1).forEach(s -> choices.add(leaf(s)));
            choices.add(group(otherLabel, services.subList(MAX_CHOICES - 1, services.size())));
            return choices;
        }
        List<List<ServiceItem>> groups = new ArrayList<>(byCategory.values());
        for (int i = 0; i < groups.size(); i++) {
            List<ServiceItem> g = groups.get(i);
            if (groups.size() > MAX_CHOICES && i == MAX_CHOICES - 1) {
                choices.add(group(otherLabel, groups.subList(i, groups.size()).stream().flatMap(List::stream).toList()));
                break;
            }
            choices.add(g.size() == 1 ? leaf(g.get(0)) : group(categoryLabel.apply(g.get(0).getCategory()), g));
        }
        return choices;
    }

    /** The codes of the services a group choice stands for. */
    static List<String> codesOf(String groupValue) {
        return List.of(groupValue.substring(SERVICES.length()).split(","));
    }

    private static Choice leaf(ServiceItem s) {
        return new Choice(s.getNameZh(), SERVICE + s.getCode());
    }

    private static Choice group(String label, List<ServiceItem> services) {
        return new Choice(label, SERVICES + services.stream().map(ServiceItem::getCode).collect(Collectors.joining(",")));
    }
}
