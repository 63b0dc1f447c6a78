wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer atr_gLdIviTjh_zISIBMY2RNiSGG_mIzxUfQeQxykkL-7hs"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"clientId": "8028b918-a7d2-4b14-b059-005998ac43d2", "start": "2026-11-14T09:00:00Z", "end": "2026-11-14T09:30:00Z", "memo": "load", "allowOverlap": true}'
