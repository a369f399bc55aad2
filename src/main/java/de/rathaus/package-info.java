@NullMarked
package de.rathaus;

import org.jspecify.annotations.NullMarked;
