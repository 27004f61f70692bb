window.__THAR_CONFIG = {
  "userInfo" : { "accountId" : "1001", "userName" : "drsynthetic", "displayName" : "Dr Synthetic" }
}