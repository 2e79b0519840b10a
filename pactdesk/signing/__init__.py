"""Signing: ASiC-E containers, CAdES signatures, manifests, keys and identities."""
