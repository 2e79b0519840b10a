"""Signing: CAdES signatures, ASiC manifests, identities, the CA, passphrases.

Qt-free and store-free: the sign-off service (``pactdesk.services.sign_offs``)
puts these together with a draft.
"""
