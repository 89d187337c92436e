package org.newsgraph.model;

/** The relation predicates, named as their schema.org properties. */
public enum Predicate {
    JOB_TITLE("jobTitle", false),
    WORKS_FOR("worksFor", true),
    MEMBER_OF("memberOf", true),
    NATIONALITY("nationality", true),
    FOUNDER("founder", true),
    FOUNDING_DATE("foundingDate", false),
    FOUNDING_LOCATION("foundingLocation", true),
    LOCATION("location", true),
    CONTAINED_IN_PLACE("containedInPlace", true),
    COLLEAGUE("colleague", true),
    KNOWS("knows", true);

    private final String property;
    private final boolean takesEntity;

    Predicate(String property, boolean takesEntity) {
        this.property = property;
        this.takesEntity = takesEntity;
    }

    public String property() {
        return property;
    }

    public boolean takesEntity() {
        return takesEntity;
    }

    public String iri() {
        return "https://schema.org/" + property;
    }
}
