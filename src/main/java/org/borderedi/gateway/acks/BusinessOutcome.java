package org.borderedi.gateway.acks;
import java.util.List;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Syntax;
public record BusinessOutcome(Syntax syntax, InterchangeHeader interchange, List<MessageVerdict> messages) {}
