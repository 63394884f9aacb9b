/**
 * What the library's own build uses and its users do not: the Immutables style of the model.
 * Nothing here is API; it may change in any release.
 */
package id.sakip.internal;
