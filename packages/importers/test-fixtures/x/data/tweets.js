window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1100000000000000001",
      "created_at": "Mon Jan 07 08:15:00 +0000 2019",
      "full_text": "Clinic ran late again &amp; the waiting room was full. Details: https://t.co/abc123 &lt;sigh&gt;",
      "entities": {
        "urls": [
          {
            "url": "https://t.co/abc123",
            "expanded_url": "https://example.org/nhs-waits",
            "display_url": "example.org/nhs-waits"
          }
        ],
        "hashtags": [],
        "user_mentions": []
      },
      "favorite_count": "2",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1100000000000000002",
      "created_at": "Mon Jan 07 23:45:10 +0000 2019",
      "full_text": "@colleague Agreed, \"quoted\" text, commas, [brackets] and {braces} in one tweet 😀",
      "in_reply_to_status_id_str": "1099999999999999999",
      "in_reply_to_screen_name": "colleague",
      "in_reply_to_user_id_str": "2002",
      "entities": {
        "urls": [],
        "user_mentions": [
          {
            "screen_name": "colleague",
            "id_str": "2002"
          }
        ]
      },
      "favorite_count": "0",
      "retweet_count": "0"
    }
  }
]