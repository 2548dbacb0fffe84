package org.chainmatch.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type or member that is public only so that chainmatch's own modules (the CLI, the office
 * formats, other backends) can share it: it is not part of the stable API, may change or go in any
 * release, and embedding systems should not use it. Everything public and not marked is API.
 *
 * <p>Why an annotation rather than JPMS exports: the jars are automatic modules on the class path
 * in most government systems, and the internal types sit in the same packages as the API they
 * serve (moving them to {@code .internal} packages would only split packages). The convention is
 * stated in the README and in ARCHITECTURE.md.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Internal {}
